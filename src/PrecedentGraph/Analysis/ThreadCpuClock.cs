using System.Diagnostics;
using System.Runtime.InteropServices;

namespace PrecedentGraph.Analysis;

/// <summary>The CPU time the calling thread has used, where the system tells it (Linux: clock_gettime with
/// CLOCK_THREAD_CPUTIME_ID, a vDSO call of tens of nanoseconds); elsewhere the elapsed time. On a machine shared
/// with other work, elapsed time per stage mostly measures the wait for a core; CPU time measures the stage.</summary>
internal static class ThreadCpuClock
{
    private const int ThreadCpuTimeId = 3;

    /// <summary>Whether <see cref="Now"/> reads thread CPU time (else elapsed time).</summary>
    public static bool MeasuresCpu { get; } = Probe();

    /// <summary>Ticks per second of <see cref="Now"/>.</summary>
    public static long Frequency => MeasuresCpu ? 1_000_000_000 : Stopwatch.Frequency;

    public static long Now() => MeasuresCpu && Read(out var nanoseconds) ? nanoseconds : Stopwatch.GetTimestamp();

    private static bool Probe()
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }
        try
        {
            return Read(out _);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    private static bool Read(out long nanoseconds)
    {
        if (ClockGetTime(ThreadCpuTimeId, out var time) != 0)
        {
            nanoseconds = 0;
            return false;
        }
        nanoseconds = time.Seconds * 1_000_000_000 + time.Nanoseconds;
        return true;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct Timespec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc.so.6", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out Timespec time);
}
