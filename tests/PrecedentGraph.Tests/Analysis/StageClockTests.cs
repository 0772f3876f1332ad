using PrecedentGraph.Analysis;

namespace PrecedentGraph.Tests.Analysis;

public class StageClockTests
{
    [Fact]
    public void MeasuresCpu_OnLinux_ReadsThreadCpuTime()
    {
        Assert.Equal(OperatingSystem.IsLinux(), StageClock.MeasuresCpu);
    }

    [Fact]
    public void Add_AfterWorkOnThisThread_CountsTimeForThatStageOnly()
    {
        var clock = new StageClock();
        var start = StageClock.Now();
        var sum = 0L;
        for (var i = 0; i < 20_000_000; i++)
        {
            sum += i % 7;
        }
        clock.Add(2, start);

        Assert.True(sum > 0);
        Assert.True(clock.Seconds(2) > 0);
        Assert.Equal(0, clock.Seconds(1));
        Assert.Equal(StageClock.StageNames.Length, clock.Totals().Count);
    }

    [Fact]
    public void Run_SampleFile_ReportsProcessCpu()
    {
        var report = ExtractionBenchmark.Run([TestPaths.Sample], new DocumentAnalyzer(), 1);

        Assert.Equal(1, report.Documents);
        Assert.True(report.CpuSeconds > 0);
        Assert.Equal(StageClock.MeasuresCpu, report.StagesMeasureCpu);
        Assert.True(report.Stages.Single(s => s.Stage == "arguments").Seconds > 0);
    }
}
