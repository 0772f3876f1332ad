namespace PrecedentGraph.Citations;

/// <summary>Common English words: lowercase words seen mostly in lowercase in a large body of U.S. opinions
/// (at least 15 times; capitalized less often than not, or in lowercase 100 times or more). In normalized
/// text, where capitals are gone, a word outside this list is likely a proper name. Generated from word
/// counts; it names no case.</summary>
internal static partial class CommonWordLexicon
{
    private static readonly WordSet Words = new((Text + "\n" + RareText).Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));

    public static bool Contains(ReadOnlySpan<char> word) => Words.Contains(word);

    private const string Text = """
        abandon abandoned abandoning abandonment abandons abate abated abatement abbreviated abdicate abdication
        abducted abducting abduction aberrant aberration abet abets abetted abetting abettor abettors abeyance
        abhorrent abide abiding abilities ability able ably abnormal abnormality aboard abode abolish abolished
        abolishing abolition aboriginal abort aborted abortion abortions abortive abound about above abridge abridged
        abridgement abridges abridging abridgment abroad abrogate abrogated abrogates abrogating abrogation abrupt
        abruptly absence absent absentee absolute absolutely absolutes absolutist absorb absorbed absorption abstain
        abstained abstaining abstention abstract abstraction abstractions absurd absurdity abundance abundant
        abundantly abuse abused abuses abusing abusive abutting ac academic accede accelerate accept acceptability
        acceptable acceptance accepted accepting accepts access accessibility accessible accessing accessories
        accessory accident accidental accidentally accidents accommodate accommodated accommodates accommodating
        accommodation accommodations accompanied accompanies accompany accompanying accomplice accomplices accomplish
        accomplished accomplishes accomplishing accomplishment accord accordance accorded according accordingly
        accords account accountability accountable accountant accountants accounted accounting accounts accreditation
        accredited accretion accretions accrual accrue accrued accrues accruing accumulate accumulated accumulation
        accuracy accurate accurately accusation accusations accusatory accuse accused accuser accusers accuses
        accusing accustomed ach achieve achieved achievement achieves achieving acid acknowledge acknowledged
        acknowledgement acknowledges acknowledging acknowledgment acknowledgments acquaintance acquaintances
        acquainted acquiesce acquiesced acquiescence acquire acquired acquires acquiring acquisition acquisitions
        acquit acquittal acquittals acquitted acre acreage acres across act acted acting action actionable actions
        activated activation active actively activism activities activity actor actors acts actual actuality actually
        actuarial acute acutely ad adapt adapted adaptive add added addict addiction addicts adding addition
        additional additionally additions address addressed addressee addresses addressing adds adduce adduced
        adequacy adequate adequately adhere adhered adherence adherent adherents adheres adhering adjacent adjective
        adjoining adjourn adjourned adjournment adjudge adjudged adjudging adjudicate adjudicated adjudicating
        adjudication adjudications adjudicative adjudicator adjudicatory adjunct adjust adjusted adjusting adjustment
        adjustments administer administered administering administers administrable administration administrations
        administrative administratively administrator administrators admirable admiralty admissibility admissible
        admission admissions admit admits admittance admitted admittedly admitting admonished admonition admonitions
        adolescence adolescent adolescents adopt adopted adopting adoption adoptive adopts ads adult adulterated
        adultery adulthood adults advance advanced advancement advances advancing advantage advantageous advantages
        advent adversarial adversaries adversary adverse adversely adverseness advert adverted advertise advertised
        advertisement advertisements advertiser advertisers advertises advertising advice advisable advise advised
        adviser advisers advises advising advisor advisory advocacy advocate advocated advocates advocating aesthetic
        aesthetics aff affair affairs affect affected affecting affection affects affiant affidavit affidavits
        affiliate affiliated affiliates affiliation affiliations affirm affirmance affirmation affirmative
        affirmatively affirmed affirming affirms affix affixed affluent afford afforded affording affords affront
        afield afoot aforementioned aforesaid aforethought afoul afraid after aftermath afternoon afterthought
        afterward afterwards again against age aged agencies agency agenda agent agents ages aggrandizement aggravate
        aggravated aggravates aggravating aggravation aggravator aggravators aggregate aggregated aggregating
        aggregation aggregations aggressive aggrieved agitation ago agree agreeable agreed agreeing agreement
        agreements agrees agricultural ahead aid aide aided aider aiders aides aiding aids aim aimed aims air airbag
        airbags airborne aircraft aired airing airline airplane airport airports airspace airwaves akin al alarm
        alarming albeit alcohol alcoholic alert alerted alfalfa algorithm alia alibi alien alienage alienate
        alienation aliens aligned alike alimentary alimony alive all allay allegation allegations allege alleged
        allegedly alleges allegiance alleging alleviate alleviated alley allies allocate allocated allocates
        allocating allocation allocations allot allotment allotments allotted allottees allow allowable allowables
        allowance allowances allowed allowing allows alluded almost alone along alongside already also alter
        alteration alterations altercation altered altering alternate alternative alternatively alternatives alters
        although altogether always am amass amazing ambassador ambassadors ambient ambiguities ambiguity ambiguous
        ambit ambition ambitious ambivalence ambivalent ameliorate amenability amenable amend amendatory amended
        amending amendment amendments amends amercements amici amicus ammunition among amongst amorphous amortization
        amount amounted amounting amounts ample amplification amplified amply amusement an anachronistic analog
        analogies analogize analogized analogous analogue analogy analyses analysis analyst analysts analytic
        analytical analytically analyze analyzed analyzes analyzing anarchy anatomical ancestor ancestors ancestral
        ancestry anchor anchored ancient ancillary and anecdotal anesthesia anesthetic anew anger angry anguish animal
        animals animated animating animosity animus annexation annexed announce announced announcement announcements
        announces announcing annoyance annoying annual annually annul annulled annum anomalies anomalous anomaly
        anonymity anonymous another answer answerable answered answering answers antagonistic ante antecedent
        antecedents antedated antenna anti antiabortion anticipate anticipated anticipates anticipating anticipation
        anticipatory anticompetitive antidiscrimination antiestablishment antifraud antipsychotic antisocial
        antithesis antithetical antitrust anxiety anxious any anybody anyone anything anyway anywhere ap apart
        apartment apartments apex apparatus apparel apparent apparently appeal appealability appealable appealed
        appealing appeals appear appearance appearances appeared appearing appears appellant appellants appellate
        appellee appellees appended appertaining apple apples appliances applicability applicable applicant applicants
        application applications applied applies apply applying appoint appointed appointee appointees appointing
        appointive appointment appointments appoints apportion apportioned apportioning apportionment apposite
        appraisal appraise appraised appraiser appraising appreciable appreciably appreciate appreciated appreciation
        apprehend apprehended apprehending apprehension apprehensions apprise apprised approach approached approaches
        approaching approbation appropriate appropriated appropriately appropriateness appropriates appropriating
        appropriation appropriations approval approve approved approves approving approvingly approximate
        approximately approximates approximating approximation apt aptly aquatic ar arbiter arbiters arbitrability
        arbitrable arbitral arbitrarily arbitrariness arbitrary arbitrate arbitration arbitrator arbitrators arcade
        arcades arcane archaic architect architects architectural archival archivists ardent arduous are area areas
        arena arguable arguably argue argued arguendo argues arguing argument arguments arise arisen arises arising
        arm armbands armed armies arming arms arose around arouse aroused arousing arraigned arraignment arrange
        arranged arrangement arrangements array arrest arrested arrestee arrestees arresting arrests arrival arrive
        arrived arrives arriving arsenal arson art arterial arteries artery article articles articulable articulate
        articulated articulates articulating articulation artifacts artifice artificial artificially artistic as
        ascertain ascertainable ascertained ascertaining ascertainment ascribe ascribed aside ask asked asking asks
        asleep aspect aspects aspiration aspirations aspire asportation assailant assailants assailed assassination
        assault assaulted assaulting assaultive assaults assemble assembled assemblies assembling assembly assent
        assented assert asserted assertedly asserting assertion assertions asserts assess assessed assessing
        assessment assessments assessors asset assets assign assigned assignee assigning assignment assignments
        assignor assigns assimilation assist assistance assistant assistants assisted assisting assists associate
        associated associates associating association associational associations assume assumed assumes assuming
        assumption assumptions assurance assurances assure assured assuredly assures assuring astonishing asylum at
        athletes athletic athletics atmosphere atrocious atrocities attach attached attaches attaching attachment
        attachments attack attacked attacker attacking attacks attain attainable attainder attained attaining
        attainment attains attempt attempted attempting attempts attend attendance attendant attendants attended
        attending attends attention attenuated attenuation attest attested attests attire attitude attitudes attorney
        attorneys attract attracted attracting attractive attractiveness attracts attributable attribute attributed
        attributes attributing attribution atypical audience audiences audio audiovisual audit auditing auditor
        auditorium audits augment augmented aunt auspices author authored authoritative authoritatively authorities
        authority authorization authorizations authorize authorized authorizes authorizing authors authorship
        automatic automatically automobile automobiles autonomous autonomy autopsy auxiliary avail availability
        available availed avenue avenues aver average averages averment averments averred avers aversion avert averted
        avocados avoid avoidable avoidance avoided avoiding avoids avowed avowedly avulsion await awaiting award
        awarded awarding awards aware awareness away awesome awkward axe axiom axiomatic axle back backdrop backed
        background backgrounds backpay backs backup backward backwards bad badge badges badly bag baggage bags bail
        bailiff bailout bakeries bakery balance balanced balances balancing bald balloon balloons ballot balloting
        ballots ban banc band banding banishment bank banking bankrupt bankruptcy banks banned banner banning bans bar
        barbarous barbiturate bare barely bargain bargained bargaining barred barrel barrels barren barrier barriers
        barring bars barter bartered base baseball based baseless baseline basement bases basic basically basing basis
        bathing bathroom battered battering battery battle battles bays be beach beaches bear bearer bearing bears
        beat beaten beating beatings beauty became because become becomes becoming bed bedrock bedroom beds beef been
        beeper beer before beforehand beg began beget begin beginning begins begs begun behalf behave behaved behavior
        behavioral behest behind beholder being beings belated belatedly belie belied belief beliefs belies believe
        believed believers believes believing belong belonged belonging belongings belongs below belt belts bench
        benchmark benchmarks beneath benediction benedictions beneficent beneficial beneficiaries beneficiary benefit
        benefited benefiting benefits benevolent benign bent beset beside besides bespeaks best bestow bestowed bets
        better betterment betting between beverage beverages beyond bias biased biases bicameral bicameralism bicycle
        bid bidder bidders bidding bids bifurcated bifurcation bigamy bigotry bilateral bill billboard billboards
        billed billing billion billions bills bind binding binds biological birds birth birthday birthplace bit bite
        bitter bizarre black blackout blacks blame blamed blameless blameworthiness blameworthy blank blanket blatant
        blatantly blaze bleeding blend blending blessings blight blind blindly blindness bloc block blocked blocking
        blocks blood bloodstains bloody blotter blow blown blows blunt blurs blush board boarding boards boat boating
        boats bodied bodies bodily body boilers boils bold bolster bolstered bomb bombing bona bond bonds bono bonus
        book booked booking bookkeeping books bookstore bookstores booths border bordering borderline borders bore
        born borne borrow borrowed borrower borrowing borrows both bother bottle bottles bottom bottomed bought bound
        boundaries boundary bounded boundless bounds bow box boxes boy boycott boycotts boyfriend boys brackets brain
        branch branches branching brand branded brandished brandishing brands breach breached breaches bread breadth
        break breakdown breaking breaks breakup breast breath breathalyzer breathe breathing breed brevity brewery
        bribe bribery bribes brick bridge brief briefed briefing briefly briefs bright bring bringing brings broad
        broadcast broadcaster broadcasters broadcasting broadcasts broaden broadened broadening broader broadest
        broadly brochure brochures broke broken broker brokerage brokers bromide brother brought bruises brush brushed
        brushes brutal brutality brutally bsent bubble budget budgets buffer build building buildings builds built
        bulb bulbs bulk bullet bulletins bullets bulwark bumper bundle burden burdened burdening burdens burdensome
        bureaucracy bureaucratic burglar burglaries burglars burglary burial buried burn burned burning bus buses
        business businesses businessman businessmen busing busy but butcher butchers butter buttocks buttress
        buttressed buy buyer buyers buying buys by bylaws bypass bypassed bypassing byproduct cabin cabined cabinets
        cable calculate calculated calculating calculation calculations calculus calendar caliber calibrated call
        called caller calling callous calls calm came camera cameras camp campaign campaigning campaigns campers camps
        campus campuses can canal cancel canceled cancellation cancelled cancer candid candidacies candidacy candidate
        candidates candidly candor cane cannabis cannot canon canons cans canvass canvassed canvassing cap
        capabilities capability capable capacious capacities capacity capita capital capped caprice capricious
        capriciously capriciousness capsules captain caption captive capture captured captures car carbon card
        cardinal cards care cared career careers careful carefully careless cargo caring carjacking carriage carried
        carrier carriers carries carry carrying cars carte cartel cartons carve carved carving case caselaw cases cash
        cashier casing casinghead casino casinos cast casting casts casual casually cat catalog catalogue catch
        catchall categorical categorically categories categorization categorized category catheter cattle caught
        causal causation cause caused causes causing caution cautionary cautioned cautions cautious cautiously caveat
        cavity cc cease ceased ceases cede ceded ceiling ceilings celebrate celebrated celebration cell cellblock
        celled celling cellmates cells cement censor censorial censoring censorship censure census censuses cent
        center centered centerpiece centers central centrality centralized cents centum centuries century ceremonial
        ceremonies ceremony cert certain certainly certainty certificate certificates certification certifications
        certified certifies certify certifying certiorari certitude cervix cessation cession cf ch chain chains chair
        chairman challenge challenged challenger challengers challenges challenging champion chance chancery chances
        change changed changes changing channel channeled channeling channels chaos chaotic chap chaplain chaplaincy
        chaplains chapter chapters character characteristic characteristically characteristics characterization
        characterizations characterize characterized characterizes characterizing characters charge chargeable charged
        charges charging charitable charities charity chart charter chartered charters charts chat chattel chattels
        cheap cheaper check checked checking checkoff checkpoint checkpoints checks chemical chemicals cherished chest
        chicken chickens chief chiefly chiefs child childbirth childhood children chill chilled chilling chloride
        choice choices choose chooses choosing chose chosen chronic chronological church churches cigar cigarette
        cigarettes cigars circle circles circuit circular circulars circulate circulated circulating circulation
        circulator circulators circumscribe circumscribed circumspection circumstance circumstances circumstantial
        circumvent circumvented circumventing circumvention citation citations cite cited cites cities citing citizen
        citizenry citizens citizenship city civic civil civilian civilians civilization civilized civilly cl claim
        claimant claimants claimed claiming claims clandestine clarification clarified clarifies clarify clarifying
        clarity clash clashes class classed classes classic classical classification classifications classified
        classifies classify classifying classroom classrooms classwide clause clauses clean cleaning clear clearance
        clearances cleared clearer clearest clearing clearly clemency clergy clergyman clergymen clerical clerk client
        clients climate clinic clinical clinics cloak clock clog close closed closely closer closes closest closet
        closing closure cloth clothed clothes clothing cloud cls clubs clue clues clumsy cluster clutter co coach coal
        coastal coastline coat cocaine code codefendant codefendants codes codification codified codifies codify
        codifying coequal coerce coerced coercing coercion coercive coexist coextensive coffee coffers cogent cogently
        cognate cognitive cognizable cognizance cognizant coherence coherent cohesion cohesive coin coincide
        coincidence col cold collapse collapses collar collateral collaterally colleague colleagues collect collected
        collecting collection collections collective collectively collector collectors collects college colleges
        collide collision colloquial colloquy collusion collusive colonial colonies colonists color colorable colored
        colors cols column com combat combating combination combinations combine combined combines combining come
        comes comfort comfortable comfortably coming comity command commanded commander commanding commands commence
        commenced commencement commences commencing commend commendable commended commensurate comment commentary
        commentator commentators commented commenting comments commerce commercial commercially commercials commingled
        commingling commission commissioned commissioner commissioners commissions commit commitment commitments
        commits committed committee committees committing commodities commodity common commonly commonplace
        commonsense communal communicate communicated communicates communicating communication communications
        communicative communism communities community commuted compact compactness compacts companies companion
        companions company comparable comparably comparative comparatively compare compared compares comparing
        comparison comparisons compartment compass compatibility compatible compel compelled compelling compels
        compensable compensate compensated compensates compensating compensation compensatory compete competence
        competency competent competently competing competition competitive competitively competitor competitors
        compilation compile compiled complain complainant complainants complained complaining complains complaint
        complaints complement complementary complete completed completely completeness completing completion complex
        complexities complexity compliance complicate complicated complications complicity complied complies comply
        complying component components comport comported comports compose composed composing composite composition
        compound compounded compounds comprehend comprehended comprehends comprehensible comprehension comprehensive
        comprehensively comprehensiveness comprise comprised comprises comprising compromise compromised compromises
        compromising compulsion compulsive compulsory computation computations compute computed computer computerized
        computers computing con conceal concealed concealing concealment concealments conceals concede conceded
        concededly concedes conceding conceivable conceivably conceive conceived concentrate concentrated
        concentration concentrations concept conception conceptions concepts conceptual concern concerned concerning
        concerns concert concerted concession concessions conciliation concise conclude concluded concludes concluding
        conclusion conclusions conclusive conclusively conclusory concomitant concourse concrete concur concurred
        concurrence concurrences concurrent concurrently concurring concurs condemn condemnation condemned condemning
        condemns condition conditional conditionally conditioned conditioning conditions condone condoned conducive
        conduct conducted conducting conducts conduit conduits confectionery confer conferees conference conferences
        conferencing conferral conferred conferring confers confess confessed confessedly confessing confession
        confessions confided confidence confidences confident confidential confidentiality confidently configuration
        confine confined confinement confines confining confirm confirmation confirmed confirming confirms confiscated
        confiscation confiscatory conflates conflict conflicted conflicting conflicts confluence conform conformance
        conformed conforming conformity conforms confront confrontation confrontations confronted confronting
        confronts confuse confused confuses confusing confusion congestion congress congressional congressionally
        congruence congruent conjectural conjecture conjectures conjunction conjunctive connect connected connecting
        connection connections connects connotation connotations connote connotes conscience consciences conscientious
        conscientiously conscious consciously consciousness conscription consecutive consecutively consensual
        consensus consent consented consenting consents consequence consequences consequent consequential consequently
        conservation conservator conserve conserving consider considerable considerably consideration considerations
        considered considering considers consist consisted consistency consistent consistently consisting consists
        consolidate consolidated consolidating consolidation consonant conspicuous conspicuously conspiracies
        conspiracy conspirator conspiratorial conspirators conspire conspired conspiring constable constant constantly
        constituencies constituency constituent constituents constitute constituted constitutes constituting
        constitution constitutional constitutionality constitutionalize constitutionally constitutions constrain
        constrained constrains constraint constraints constricted construct constructed constructing construction
        constructions constructive constructively construe construed construes construing consul consular consulate
        consuls consult consultant consultation consultations consulted consulting consume consumed consumer consumers
        consuming consummated consummation consumption contact contacted contacts contagious contain contained
        container containers containing contains contaminated contamination contemplate contemplated contemplates
        contemplating contemplation contemporaneous contemporaneously contemporary contempt contempts contemptuous
        contemptuously contend contended contendere contending contends content contention contentions contentious
        contents contest contested contesting contests context contexts contextual contiguity contiguous continent
        contingencies contingency contingent continual continually continuance continuation continue continued
        continues continuing continuity continuous continuously continuum contours contra contraband contraception
        contraceptive contraceptives contract contracted contracting contractor contractors contracts contractual
        contractually contradict contradicted contradicting contradiction contradictions contradictory contradicts
        contrary contrast contrasted contrasting contrasts contravene contravened contravenes contravention contribute
        contributed contributes contributing contribution contributions contributor contributors contributory
        contrivance contrived control controlled controlling controls controversial controversies controversy
        controverted convene convened convenience conveniens convenient conveniently convening convention conventional
        conventionally conventions conversation conversations converse conversely conversion conversions convert
        converted converting converts convey conveyance conveyances conveyed conveying conveys convict convicted
        convicting conviction convictions convicts convince convinced convinces convincing convincingly cooking
        cooperate cooperated cooperating cooperation cooperative cooperatives coordinate coordinated coordinating
        coordination cope copied copies copy copying copyright copyrighted copyrights coram cord core corner corners
        cornerstone corollary corporal corporate corporation corporations corpus correct corrected correcting
        correction correctional corrections corrective correctly correctness correlate correlated correlation
        correlative correspond correspondence corresponding correspondingly corresponds corridor corridors corroborate
        corroborated corroborating corroboration corroborative corrosive corrupt corrupting corruption corruptly cost
        costly costs couched could couldn council councils counsel counseled counseling counselling counselor
        counselors counsels count counted countenance countenanced counter counteract counterbalanced counterclaim
        counterclaimed counterclaims countered counterfeit counterintuitive counterpart counterparts counterproductive
        counters countervailing counties counting countless countries country counts county countywide couple coupled
        couples coupons courage courier course courses court courthouse courthouses courtroom courts cousin covenant
        covenants cover coverage covered covering covers covert crack craft crafted crafting cramped crash crazy cream
        create created creates creating creation creative creativity creature creatures creche credence credentials
        credibility credible credibly credit credited creditor creditors credits credulity creed creeds crew crime
        crimes criminal criminality criminalize criminalized criminalizes criminalizing criminally criminals cripple
        crippled crippling crises crisis criteria criterion critical critically criticism criticisms criticize
        criticized criticizes criticizing critics critique crop crops cross crossed crosses crossing crossover crowd
        crowded crowds crucial crucible crude cruel cruelty crush crux cry crying cryptic crystal cubic culminated
        culminating culmination culpability culpable cultivate cultivation cultural culture cumbersome cumulative curb
        cure cured curfew curiae curiam curing curiosity curious current currently curriculum cursory curtail
        curtailed curtailing curtailment curtails curtilage custodial custodian custodians custody custom customarily
        customary customer customers customs cut cutoff cuts cutting cv cwt cyberspace cycle daddy daily dairies dairy
        dam damage damaged damages damaging dams dance dancers dancing danger dangerous dangerously dangerousness
        dangers dark darter data database databases date dated dates dating daughter daughters day days daytime dba de
        dead deadline deadlines deadlocked deadly deaf deal dealer dealers dealerships dealing dealings deals dealt
        dear dearth death deaths debatable debate debated debates debating debilitating debit debt debtor debtors
        debts decade decades deceased decedent decedents deceit deceive deceived decency decennial decent deception
        deceptive deceptively decertification decide decided decidedly decides deciding decision decisional
        decisionmaker decisionmakers decisionmaking decisions decisis decisive decisively deck declarant declaration
        declarations declaratory declare declared declares declaring decline declined declines declining decorations
        decorum decrease decreased decreases decreasing decree decreed decreeing decrees dedicated dedication deduced
        deduct deducted deductible deducting deduction deductions deed deeds deem deemed deeming deems deep deeper
        deeply defamation defamatory default defaulted defaults defeat defeated defeating defeats defect defective
        defectively defects defence defend defendant defendants defended defender defenders defending defends defense
        defenses defensible defensive defer deference deferential deferral deferred deferring defers defiance
        deficiencies deficiency deficient deficit deficits defied defies definable define defined defines defining
        definite definitely definiteness definition definitional definitions definitive definitively deflect defraud
        defrauded defray defy degradation degrade degrading degree degrees deity delay delayed delaying delays
        delegate delegated delegates delegating delegation delegations delete deleted deleterious deleting deletion
        deliberate deliberately deliberation deliberations deliberative delicacy delicate delimit delimitation
        delimited delineate delineated delineating delineation delinquency delinquent deliver delivered deliveries
        delivering delivers delivery delusions demand demanded demanding demands demarcation demean demeaning demeanor
        demeans demise democracy democratic democratically demographic demographics demonstrable demonstrably
        demonstrate demonstrated demonstrates demonstrating demonstration demonstrations demonstrators demote demoted
        demotion demurred demurrer demurrers denationalization denaturalization denial denials denied denies denigrate
        denominated denomination denominational denominations denominator denote denotes denounced density dental deny
        denying depart departed departing department departmental departments departs departure departures depend
        depended dependence dependencies dependency dependent dependents depending depends depict depicted depicting
        depiction depictions depicts depleted depletion deployment deport deportability deportable deportation
        deported deposit deposited deposition depositions deposits depraved depravity depreciation depressed
        depression deprivation deprivations deprive deprived deprives depriving depth deputies deputy deregulate
        deregulation dereliction derivative derive derived derives deriving derogate derogation derogatory descend
        descendant descendants descent describe described describes describing description descriptions descriptive
        desecration desegregate desegregation desegregative desert deserted deserter desertion deserve deserved
        deserves deserving design designate designated designates designating designation designations designed
        designing designs desirability desirable desire desired desires desiring desk desperate despite despotic
        despotism destination destined destiny destroy destroyed destroying destroys destruction destructive detached
        detail detailed detailing details detain detained detainee detainees detaining detect detectable detectaphone
        detected detecting detection detectives detector detention detentions deter deterioration determinable
        determinant determinate determination determinations determinative determine determined determines determining
        deterred deterrence deterrent deterring deters detract detracts detriment detrimental devastating develop
        developed developer developers developing development developmental developments develops deviant deviate
        deviated deviating deviation deviations device devices devise devised devising devoid devote devoted devotes
        devoting devotion devotional devout diagnosed diagnosis diagnostic dial dialed dialogue diaries diary
        dichotomy dicta dictate dictated dictates dictating dictionaries dictum did didn die died dies diet differ
        differed difference differences different differential differentials differentiate differentiated
        differentiates differentiating differentiation differently differing differs difficult difficulties difficulty
        diffusion dignified dignitary dignity dike dilation dilemma diligence diligent diligently dilute diluted
        dilutes diluting dilution dilutive dimension dimensions diminish diminished diminishes diminishing
        diminishment diminution dining dinner dioxide diploma diplomatic dire direct directed directing direction
        directions directive directives directly director directors directs dirty dis disabilities disability disable
        disabled disabling disadvantage disadvantaged disadvantageous disadvantages disaffiliation disagree disagreed
        disagreeing disagreement disagreements disagrees disallow disallowance disallowed disallowing disappear
        disappearance disappeared disappears disappointed disapproval disapprove disapproved disapproves disapproving
        disarm disarmed disarming disarray disaster disastrous disavow disavowal disavowed disavows disbarment
        disbarred disbelief disbelieves disburse disbursed disbursement disbursements disbursing discard discarded
        discarding discards discern discerned discernible discerning discharge discharged discharges discharging
        disciplinary discipline disciplined disciplining disclaim disclaimed disclaimer disclaimers disclaiming
        disclaims disclose disclosed discloses disclosing disclosure disclosures discomfort disconnected
        discontinuance discontinue discontinued discord discount discounted discounting discounts discourage
        discouraged discourages discouraging discourse discover discoverable discovered discoveries discovering
        discovers discovery discredit discredited discrepancies discrepancy discrete discretion discretionary
        discriminate discriminated discriminates discriminating discrimination discriminations discriminatorily
        discriminatory discuss discussed discusses discussing discussion discussions disease diseased diseases
        disestablished disestablishment disfavor disfavored disfavoring disfavors disgrace disguise disguised
        dishonest dishonesty dishonor dishonorable disincentive disincentives disingenuous disinterested disjunctive
        dislike disloyal disloyalty dism dismantler dismantlers dismantling dismiss dismissal dismissals dismissed
        dismisses dismissing disobedience disobey disobeyed disobeying disorder disorderly disorders disparage
        disparagement disparaging disparate disparities disparity dispatch dispatched dispel dispelled dispensation
        dispense dispensed dispenses dispensing dispersal disperse dispersed dispersion displace displaced
        displacement displaces displacing display displayed displaying displays displeasure disposal dispose disposed
        disposes disposing disposition dispositional dispositions dispositive disproportionality disproportionate
        disproportionately disprove disproved disproving dispute disputed disputes disputing disqualification
        disqualifications disqualified disqualify disqualifying disregard disregarded disregarding disregards
        disrepute disrespect disrespectful disrupt disrupted disrupting disruption disruptive disrupts dissatisfaction
        dissatisfied disseminate disseminated disseminating dissemination dissent dissented dissenter dissenters
        dissenting dissents disserve disservice dissident dissimilar dissipate dissipated dissociate dissolution
        dissolve dissolved dissuade distance distances distant distaste distasteful distilled distinct distinction
        distinctions distinctive distinctively distinctly distinguish distinguishable distinguished distinguishes
        distinguishing distort distorted distorting distortion distortions distorts distract distracted distraction
        distress distressed distressing distribute distributed distributes distributing distribution distributions
        distributive distributor distributors district districting districts distrust disturb disturbance disturbances
        disturbed disturbing ditch ditches diverge divergence divergent divers diverse diversion diversity divert
        diverted divertibility divertible diverting divest divested divestiture divide divided dividends divides
        dividing divine divinity divisible division divisions divisive divisiveness divorce divorced divulge dixit do
        docket docketed dockets doctor doctors doctrinaire doctrinal doctrine doctrines document documentary
        documentation documented documenting documents does doesn dog dogfights dogma dogs doing dollar dollars domain
        domestic domestically domicil domicile domiciled dominance dominant dominate dominated domination dominion
        dominions don donate donated donation donations done donor donors doomed door doors dormant dosage dose doses
        double doubled doubly doubt doubted doubtful doubtless doubts down downplay downstairs downstream downtown
        downward downwind dozen dozens draft drafted draftees drafter drafters drafting drafts draftsman draftsmen
        dragged drain drainage draining drains dramatic dramatically drastic drastically draw drawers drawing drawings
        drawn draws dredged dress dressed drew drill drilled drilling drink drinking drip drive driven driver drivers
        drives driveway driving drop dropped drops drove drowned drug drugs drunk drunken drunkenness dry du dual
        dubious duces duct due dues duly dumping dune duplicate duplicated duplicates duplication duplicative duration
        durational duress during duties duty dwell dwelling dwellings dying dynamic dysfunction dyskinesia each eager
        ear earlier earliest early earmarked earn earned earner earners earnest earnestly earning earnings earns ears
        earth ease easement easements easier easiest easily easy eat eating eavesdropping ebb ecause ecclesiastical
        echo echoed echoes ecological economic economical economically economics economies economy ecosystems ed
        ederal edge edges edict edited editing edition editions editor editorial editorializing editorials editors eds
        edu educate educated educating education educational educator effect effected effecting effective effectively
        effectiveness effects effectual effectually effectuate effectuated effectuates effectuating effectuation
        efficacious efficacy efficiency efficient efficiently effort efforts efore eggs egregious egregiously eight
        eighteen eighteenth eighth eighty either ejectment ejusdem elaborate elaborated elaborately elaborating
        elaboration elapsed elastic elderly elect elected electing election electioneering elections elective elector
        electoral electorate electors electric electrical electricity electrocution electrode electrodes electronic
        elects element elemental elementary elements elevate elevated elevation eleven elicit elicited eliciting
        eligibility eligible eligibles eliminate eliminated eliminates eliminating elimination elite eloquent
        eloquently else elsewhere elucidate elucidated elude elusive em emanating embargo embark embarked embarking
        embarrassed embarrassing embarrassment embedded embezzlement emblem embodied embodies embodiment embody
        embodying embrace embraced embraces embracing emerge emerged emergence emergencies emergency emerges emerging
        emigration eminent eminently emission emissions emit emits emitted emitting emoluments emotion emotional
        emotionally emotions empaneled emperor emphasis emphasize emphasized emphasizes emphasizing emphatic
        emphatically empirical empirically employ employed employee employees employer employers employes employing
        employment employs empower empowered empowering empowers empt empted emptible empties empting emption emptive
        empts empty en enable enabled enables enabling enact enacted enacting enactment enactments enacts enclave
        enclosed encompass encompassed encompasses encompassing encounter encountered encounters encourage encouraged
        encouragement encourages encouraging encroach encroached encroaching encroachment encroachments end endanger
        endangered endangering endangers endeavor endeavored endeavoring endeavors ended ending endless endorse
        endorsed endorsement endorsements endorses endorsing endow endowed ends endure endured enduring enemies enemy
        energies energy enforce enforceability enforceable enforced enforcement enforces enforcing engage engaged
        engagement engages engaging engender engendered engine engineer engineered engraft enhance enhanced
        enhancement enhancements enhances enhancing enjoin enjoined enjoining enjoins enjoy enjoyed enjoying enjoyment
        enjoys enlarge enlarged enlargement enlarging enlighten enlightened enlist enlisted enlistment enormity
        enormous enormously enough enquiry enrichment enroll enrolled enrollee enrolling enrollment enshrined ensue
        ensued ensuing ensure ensured ensures ensuring entail entailed entails entangled entanglement enter entered
        entering enterprise enterprises enters entertain entertained entertaining entertainment entertains entire
        entirely entirety entities entitle entitled entitlement entitlements entitles entitling entity entrance
        entrances entrant entrenched entries entrust entrusted entrusting entrusts entry enumerate enumerated
        enumerates enumerating enumeration enunciated envelope environment environmental environments envisaged
        envision envisioned envisions ephemeral epidemic epilepsy episode episodes equal equality equalize equalizing
        equally equals equate equated equates equating equation equip equipment equipoise equipped equitable equitably
        equities equity equivalence equivalent equivalents equivocal era eradicate eradicating eradication eral erase
        erased ere erect erected erecting erection erects erode eroded erosion erotic err erratic erred erroneous
        erroneously error errors errs escalating escalation escape escaped escapee escapes escaping escheat eschewed
        escorts escrow esp especial especially espionage espouse espoused espouses espousing esprit essay essence
        essential essentially essentials est establish established establishes establishing establishment
        establishments estate esteem esthetic esthetics estimate estimated estimates estimating estimation estopped
        estoppel et etc ethanol ether ethical ethnic ethnicity euthanasia evacuation evade evaded evading evaluate
        evaluated evaluates evaluating evaluation evaluations evaporate evasion evasive eve even evenhanded
        evenhandedly evenhandedness evening evenly event events eventual eventually ever every everybody everyday
        everyone everything everywhere eviction evidence evidenced evidences evidencing evident evidentiary evidently
        evil evils evince evinced evinces eviscerate eviscerated evolution evolutionary evolve evolved evolving ew ex
        exacerbate exacerbated exacerbates exact exacted exacting exaction exactions exactitude exactly exactness
        exacts exaggerated exalted exam examination examinations examine examined examiner examines examining example
        examples exams excavation exceed exceeded exceeding exceedingly exceeds excellence excellent except excepted
        excepting exception exceptional exceptionally exceptions excepts excerpt excerpts excess excesses excessive
        excessively excessiveness exchange exchanged exchanges excise excised excises excite excited excitement
        excludable exclude excluded excludes excluding exclusion exclusionary exclusions exclusive exclusively
        exclusivity excretory excruciating exculpatory excusable excuse excused excuses excusing execute executed
        executing execution executions executive executives executors exegesis exemplar exemplars exemplary
        exemplified exemplifies exempt exempted exempting exemption exemptions exempts exercise exercised exercises
        exercising exert exerted exerting exertion exerts exhaust exhausted exhausting exhaustion exhaustive
        exhaustively exhausts exhibit exhibited exhibiting exhibition exhibitions exhibits exhortation exigencies
        exigency exigent exile exist existed existence existent existing exists exit exonerate exonerated exorbitant
        expand expanded expanding expands expansion expansive expansively expatriating expatriation expect expectancy
        expectation expectations expected expecting expects expediency expedient expedite expedited expedition
        expeditious expeditiously expel expelled expend expended expending expenditure expenditures expends expense
        expenses expensive experience experienced experiences experiencing experiment experimental experimentation
        experiments expert expertise experts expiration expire expired expires explain explained explaining explains
        explanation explanations explanatory expletive expletives explication explicit explicitly exploit exploitation
        exploited exploiting exploration explore explored explosive explosives exportation exported exporting exports
        expose exposed exposes exposing exposition exposure expound expounded expounding express expressed expresses
        expressing expressio expression expressions expressive expressly expulsion extant extend extended extending
        extends extension extensions extensive extensively extent extenuating exterior external extinction extinguish
        extinguished extinguishment extort extortion extra extracontractual extract extracted extracting extraction
        extracurricular extradition extrajudicial extraneous extraordinarily extraordinary extrapolate extrapolation
        extraterritorial extraterritoriality extravagant extreme extremely extremes extrinsic eye eyes eyewitness
        eyewitnesses fabric fabricate fabricated fabrication facade face faced faces facet facets facial facially
        facie facile facilitate facilitated facilitates facilitating facilitation facilities facility facing fact
        factfinder factfinders factfinding factfindings faction factionalism facto factor factories factors factory
        facts factual factually faculties faculty faded fail failed failing failings fails failure failures fair faire
        fairer fairest fairly fairminded fairness faith faithful faithfully faiths fall fallacious fallacy fallback
        fallen falling falls false falsehood falsehoods falsely falsity familial familiar familiarity families family
        famous famously fanciful fancy far fare fares farm farmers farming farms farther fashion fashioned fashioning
        fashions fast fastened faster fatal fatalities fatally fate father fathers fathom fault faulted faults faulty
        favor favorable favorably favored favoring favorite favoritism favors favour fear feared fearful fearless
        fears feasibility feasible feat feature featured features federal federalism federally fee feeble feed feeding
        feel feeling feelings feels fees feet fell fellow fellows felon felonies felonious feloniously felons felony
        felt female females fence fences fermented ferret ferreting fertile fetal fetus feudal few fewer ff fiat
        fiction fictitious fide fiduciaries fiduciary field fields fifteen fifth fifths fifty fight fighting fights
        figure figured figures file filed files filibuster filibusters filing filings fill filled filling fills film
        films filter filtering filters filth filthy final finality finally finance financed finances financial
        financially financing find finder finding findings finds fine fined finely fines finger fingerprint
        fingerprinting fingerprints fingers finished fire firearm firearms fired firefighters fires firing firm firmer
        firmly firms first fisc fiscal fish fishermen fishery fishing fit fitness fits fitted fitting five fix fixed
        fixes fixing fixtures flag flagrant flagrantly flags flat flatly flats flaw flawed flaws fled flee fleeing
        fleeting flesh flexibility flexible flexibly flies flight flights floating flood flooded flooding floods floor
        flourish flout flouting flow flowed flowing flows fluctuating fluctuations fluid fly flyer flyers flying focus
        focused focuses focusing fold follow followed followers following follows food foolish foot football footing
        footlocker footnote footnotes for fora forbade forbearance forbid forbidden forbidding forbids force forced
        forceful forcefully forces forcible forcibly forcing fore forecast foreclose foreclosed forecloses foreclosing
        foreclosure forego foregoing foreign foreigner foreigners foreman foremen foremost forensic forerunner foresaw
        foresee foreseeability foreseeable foreseen foreshadowed foresight forest forestall forests forever forfeit
        forfeitable forfeited forfeiting forfeits forfeiture forfeitures forged forgery forget forgets forgive forgo
        forgoing forgone forgotten form forma formal formalism formalistic formalities formality formalized formally
        format formation formative formed former formerly formidable forming forms formula formulae formulas formulate
        formulated formulating formulation formulations forth forthcoming forthrightly forthwith fortified fortiori
        fortuitous fortune forty forum forums forward forwarded foster fostered fostering fosters fought found
        foundation foundational foundations founded founding four fourteen fourteenth fourth fourths fraction
        fractional fragmented frame framed framers frames framework framing franchise franchisees franchises frankly
        fraud frauds fraudulent fraudulently fraught freakishly free freed freedom freedoms freeing freely freemen
        frees freestanding freewheeling freeze freezing frequencies frequency frequent frequently fresh freshman
        friction friend friends frightened frightening fringe fringing frisk frivolous from front frozen fruit
        fruitless fruits frustrate frustrated frustrates frustrating frustration fter fuck fuel fuels fugitive fulfill
        fulfilled fulfilling fulfillment fulfills full fullest fully function functional functionally functioned
        functioning functions fund fundamental fundamentally funded funding fundraiser fundraisers fundraising funds
        funeral fungible fur furnish furnished furnishes furnishing furniture further furtherance furthered furthering
        furthers fusion futile futility future gain gained gainful gaining gains gainsaid gallon gallons gambler
        gamblers gambling game games gaming gamut gang gangrene gangs gap gaps garage garb garbage garments
        garnishment gas gases gasoline gate gateway gather gathered gathering gauge gauged gauging gave geared gender
        gene general generalities generality generalization generalizations generalized generally generate generated
        generates generating generation generations generators generic generically generis generous generously genesis
        genetic genetically genitals genius genre gentleman gentlemen genuine genuinely geographic geographical
        geographically geography germane gerrymander gerrymandered gerrymandering gerrymanders gestational gesture get
        gets getting ghetto giant gift gifts girl girlfriend girls gist give given gives giving glance glaring glass
        glasses gleaned global gloss glove go goal goals goes going golf gone good goods goodwill got gotten gov
        govern governance governed governing government governmental governmentally governments governor governs
        grabbed grace grade graded grades grading gradual gradually graduate graduated graduates graduation grain
        grammatical grams grand granddaughter grandfather grandmother grandparent grandparents grant granted grantee
        grantees granting grants graphic graphically grapple grasp grasped gratuitous gravamen grave gravely gravest
        gravity grazing great greater greatest greatly greenhouse grew grievance grievances grievous grim grips
        grocery gross grossly ground grounded grounding groundless grounds group grouped groups grow growers growing
        grown grows growth gruesome guano guarantee guaranteed guaranteeing guarantees guarantied guaranties guaranty
        guard guarded guardian guardians guardianship guarding guards guess guessing guesswork guest guests guidance
        guide guided guideline guidelines guideposts guides guiding guilt guilty guise gun gunpoint gunpowder guns
        gunshot guy guys ha habeas habilitation habit habitat habitats habits habitual habitually hac had hair haled
        half halfway hallmark hallmarks halls hallway halt halted hamper hampered hampering hand handbill handbilling
        handbills handcuffed handcuffs handed handful handgun handguns handicap handicapped handicaps handing handle
        handled handler handlers handling hands handwriting hanged hanging hangs happen happened happening happens
        happenstance happily happiness happy harass harassed harasser harassing harassment harbor harbors hard
        hardened harder hardly hardship hardships harm harmed harmful harming harmless harmlessness harmonious
        harmonize harmony harms harsh harsher harshest harshly harshness harvest harvesting has haste hasten hastening
        hastily hat hate hatever hath hatred haul have having hazard hazardous hazards he head headed heading headline
        headquartered headquarters heads health healthcare healthful healthy hear heard hearing hearings hears hearsay
        heart hearts heat heated heating heavier heavily heavy hedge hedging heed heeded height heightened heinous
        heir heirs held helicopter help helped helpful helping helpless helps hen hence henceforth her here hereafter
        hereby herein hereinafter hereinbefore hereof hereto heretofore hereunder herewith heritage heroin herself
        hese hesitant hesitate hesitated hesitation heterogeneous hether hey hiatus hidden hide hides hiding hierarchy
        high higher highest highlight highlighted highlights highly highway highways hijacking hile him himself hinder
        hindered hindering hinders hindrance hindsight hinge hinged hinges hint hinted hints hire hired hiring his
        historian historians historic historical historically histories history hit hitching hitherto hoc hoever hold
        holder holders holding holdings holds hole holiday holidays hollow holy home homeowner homeowners homes
        homestead homicidal homicide homicides homosexual homosexuality homosexuals honest honestly honesty honor
        honorable honored honoring honors hope hoped hopeless hopelessly hopes hoping horizontal horrible horribles
        horse hose hospital hospitalization hospitalized hospitals host hostage hostile hostilities hostility hot
        hotel hotels hotly hour hourly hours house housed household householder households houses housing how however
        htm html http huge hulks hull human humane humanitarian humanity humans humble humiliating humiliation hundred
        hundreds hundredweight hung hunting hurdle hurdles hurried hurt hurtful husband husbands hybrid hydration
        hydraulic hydrocarbons hydrologic hyoscine hyperbole hypnosis hypothesis hypothesized hypothesizes
        hypothetical hypothetically hypotheticals ibid id idea ideal ideals ideas identical identically identifiable
        identification identifications identified identifies identify identifying identities identity ideological
        ideologies ideology idiomatic idiosyncratic idle if ignorance ignorant ignore ignored ignores ignoring ill
        illegal illegality illegally illegitimacy illegitimate illicit illimitable illiterate illness illnesses
        illogical illuminate illuminated illuminates illuminating illumination illusion illusory illustrate
        illustrated illustrates illustration illustrations illustrative image images imaginable imaginary imagination
        imagine imagined imbalance imbedded imitation immaterial immature immaturity immediacy immediate immediately
        immemorial immemorially immense immigrants immigration imminence imminent immoral immorality immune immunities
        immunity immunize immunized immunizes immutable impact impacts impair impaired impairing impairment
        impairments impairs impaneled impart impartial impartiality impartially impeach impeached impeaching
        impeachment impede impeded impedes impediment impediments impeding impelled impelling impending imperative
        imperatives imperfect imperfections imperil imperiled impermissible impermissibly impersonal impersonation
        impetus impinge impinged impingement impinges impinging implausible implement implementation implemented
        implementing implements implicate implicated implicates implicating implication implications implicit
        implicitly implied impliedly implies imply implying import importance important importantly importation
        imported importer importers importing imports impose imposed imposes imposing imposition impositions
        impossibility impossible impost imposts impotent impounded impoundment impracticable impractical imprecise
        imprecision impress impressed impression impressions impressive imprimatur imprison imprisoned imprisonment
        improbable improper improperly impropriety improve improved improvement improvements improvident improvidently
        improving imprudent impugn impulse impulses impunity imputation impute imputed imputing in inability
        inaccessible inaccuracies inaccuracy inaccurate inaction inactive inadequacies inadequacy inadequate
        inadequately inadmissibility inadmissible inadvertence inadvertent inadvertently inalienable inapplicability
        inapplicable inapposite inappropriate inappropriateness inapt inasmuch inattention inaugural incapable
        incapacitated incapacitation incapacity incarcerated incarceration ince incentive incentives inception incest
        inch inches inchoate incidence incident incidental incidentally incidents incite incitement inciting
        inclination inclined include included includes including inclusion inclusive incoherent income incomes
        incoming incommunicado incompatibility incompatible incompetence incompetency incompetent incomplete
        incomprehensible inconceivable inconclusive incongruity incongruous inconsequential inconsistencies
        inconsistency inconsistent inconsistently inconvenience inconveniences inconvenient incorporate incorporated
        incorporates incorporating incorporation incorrect incorrectly increase increased increases increasing
        increasingly incredible incremental incriminate incriminated incriminating incrimination incriminatory
        inculcate inculcation inculpatory incumbency incumbent incumbents incur incurred incurring incurs incursion
        indebtedness indecency indecent indeed indefensible indefinite indefinitely indefiniteness indemnification
        indemnity independence independent independently independents indeterminate index indicate indicated indicates
        indicating indication indications indicative indicator indicators indices indicia indict indictable indicted
        indictment indictments indifference indifferent indigency indigenous indigent indigents indignity indirect
        indirectly indiscriminate indiscriminately indispensable indisputable indisputably indistinguishable
        individual individualized individually individuals indivisible indoctrination indoor indorsed induce induced
        inducement inducements induces inducing induction indulge indulged indulgence indulging industrial industries
        industry ineffective ineffectiveness ineffectual inefficiency inefficient ineligibility ineligible
        inequalities inequality inequitable inequities inequity inertia inescapable inescapably inestimable
        inevitability inevitable inevitably inexcusable inexorable inexorably inexpensive inexperience inexplicable
        inexplicably inextricably infallible infamous infancy infant infect infected infer inference inferences
        inferior inferiority inferred inferring infers infiltration infinite infinitely infirm infirmities infirmity
        inflammatory inflated inflation inflexible inflict inflicted inflicting infliction inflicts influence
        influenced influences influencing influential inform informal informality informally informant informants
        information informational informations informative informed informer informers informing informs infra
        infraction infractions infrequency infrequent infrequently infringe infringed infringement infringements
        infringer infringes infringing ing ingenious ingenuity ingrained ingredient ingredients ington inhabitant
        inhabitants inhabited inhabiting inhere inherent inherently inheres inhering inherit inheritance inherited
        inhibit inhibited inhibiting inhibition inhibits inhuman inhumane inimical initial initially initiate
        initiated initiates initiating initiation initiative initiatives inject injected injecting injection
        injections injunction injunctions injunctive injure injured injures injuries injuring injurious injuriously
        injury injustice ink inland inmate inmates inner innocence innocent innocuous innovation innovations
        innovative innumerable inoperative inordinate inpatient input inquest inquire inquired inquiries inquiring
        inquiry inquisitorial inroads insane insanity inscribed insecurity insensate insensitive inseparable insert
        inserted inserting insertion inside insider insiders insidious insight insights insignificant insist insisted
        insistence insistent insisting insists insofar insolvency insolvent inspect inspected inspecting inspection
        inspections inspector inspectors inspired instability install installation installed installing instance
        instances instant instantaneous instantly instead instinct instincts institute instituted instituting
        institution institutional institutionalization institutionalized institutions instruct instructed instructing
        instruction instructional instructions instructive instructor instructors instructs instrument instrumental
        instrumentalities instrumentality instruments insubstantial insufficiency insufficient insufficiently insular
        insulate insulated insulates insulating insulation insult insulting insuperable insupportable insurance insure
        insured insurer insurers insures insuring insurmountable insurrection intact intake intangible intangibles
        integral integrate integrated integrating integration integrity intellect intellectual intellectually
        intelligence intelligent intelligently intelligible intend intended intending intendment intends intense
        intensely intensity intensive intent intention intentional intentionally intentioned intentions intents inter
        interact interaction interactions interactive intercepted interception interchange interchangeably
        interconnection intercourse interdependence interdependent interdiction interdistrict interest interested
        interesting interests interfere interfered interference interferences interferes interfering intergovernmental
        interim interlocking interlocutory intermediaries intermediary intermediate intermingled intermittent
        intermittently internal internally international interplay interpose interposed interposition interpret
        interpretation interpretations interpretative interpreted interpreter interpreters interpreting interpretive
        interprets interracial interrelated interrogate interrogated interrogating interrogation interrogations
        interrogator interrogatories interrogators interrupt interrupted interruption interruptions intersection
        interstate intertwined interval intervals intervene intervened intervening intervenor intervenors intervention
        interview interviewed interviewing interviews interwoven intestacy intestate intimacy intimate intimated
        intimately intimates intimating intimation intimations intimidate intimidated intimidating intimidation into
        intolerable intolerance intoxicated intoxicating intoxication intra intractable intradistrict intrastate
        intravenous intricacies intricate intrinsic intrinsically introduce introduced introduces introducing
        introduction introductory intrude intruded intruders intrudes intruding intrusion intrusions intrusive
        intrusiveness intrusted intuition intuitive inundation invade invaded invades invading invalid invalidate
        invalidated invalidates invalidating invalidation invalidity invariable invariably invasion invasions invasive
        invent invented invention inventions inventive inventor inventors inventory invents inverse invest invested
        investigate investigated investigating investigation investigations investigative investigator investigators
        investigatory investing investment investments investor investors invests invidious invidiously inviolability
        inviolable inviolate invisible invitation invitations invite invited invites inviting invocation invocations
        invoices invoke invoked invokes invoking involuntarily involuntary involve involved involvement involves
        involving ipse ipso ironic ironically irony irrational irrationality irrationally irrebuttable irreconcilable
        irregular irregularities irregularity irrelevance irrelevant irreligion irremediable irreparable irresistible
        irrespective irresponsible irreversible irrevocability irrevocable irrevocably irrigation is island islands
        isn isolate isolated isolating isolation issuance issue issued issuer issuers issues issuing it italicized
        item items ith ithout its itself ity jacket jail jailed jailers jailhouse jails jealous jealousy jeans
        jeopardize jeopardized jeopardizing jeopardy jewelry job jobbers jobs join joinder joined joining joins joint
        jointly joints jot journalism journalistic journalists journey judge judged judges judging judgment judgments
        judicata judicature judicial judicially judiciary judicious jumped juncture junior junk junkyard junkyards
        jure juries jurisdiction jurisdictional jurisdictions jurisprudence jurisprudential jurist jurists juror
        jurors jury jus just justice justices justiciability justiciable justifiable justifiably justification
        justifications justified justifies justify justifying justly juvenile juveniles keep keeping keeps kept key
        keys kicked kidnaping kidnapping kids kill killed killer killers killing killings kills kind kindergarten
        kindred kinds king kit kitchen knell knew knife knives knock knocked knocking know knowing knowingly knowledge
        knowledgeable known knows lab label labeled labeling labels labor laboratory labored laborer laborers labors
        laches lack lacked lacking lacks laden ladies lady laid laissez lakes lamp land landed landfill landing
        landlord landlords landmark landmarks landowner landowners lands landscape language languages lapse larceny
        large largely larger largesse largest lascivious last lasted lasting lasts late lately latent later latest
        latitude latter laudable launched laundering laundries laundry law lawful lawfully lawfulness lawless
        lawlessness lawmaker lawmakers lawmaking lawn laws lawsuit lawsuits lawyer lawyers lay layer laying layman
        laymen layoff lays lead leader leaders leadership leading leads leaflet leaflets leafletting leap learn
        learned learning learns lease leased leasehold leases leasing least leave leaves leaving lecture lectures led
        ledger leeway left legacies legacy legal legality legalize legalized legally legislate legislated legislates
        legislating legislation legislative legislatively legislator legislators legislature legislatures legitimacy
        legitimate legitimately legs leisure lend lender lending lends length lengths lengthy leniency lenient lenity
        lens lent lesbian lesbians less lessees lessen lessened lessening lessens lesser lesson lessons lest let
        lethal letter letters letting level leveled levels leverage levied levies levy levying lewd lewdness lex
        liabilities liability liable liar libel liberal liberally liberties liberty librarian libraries library
        license licensed licensee licensees licenses licensing licensor lie lied lien liens lies lieu lieutenant life
        lifesaving lifetime lift lifted lifting ligeance light lighter lighting lightly lights like likelihood likely
        likened likes likewise limb limbo limit limitation limitations limited limiting limitless limits linchpin line
        lineage lines lineup lineups lingering linguistic link linkage linked linking links lip lips liquid liquidated
        liquidation liquids liquor liquors list listed listen listener listeners listening listing lists litem
        literacy literal literalism literally literary literate literature litigant litigants litigate litigated
        litigating litigation little littoral live lived livelihood lives livestock living ll load loaded loading
        loads loan loaned loans lobby lobbying local locale localities locality locally locate located locating
        location locations lock locked locker locks loco locus lodestar lodged logic logical logically logs loiter
        loiterers loitering lone long longer longstanding look looked looking looks loophole loose loosely lose loser
        losers loses losing loss losses lost lot lots lotteries lottery loud loudly love loved low lower lowered
        lowering lowest loyal loyalty lthough luck lucrative luggage lump lunch lurk lurking lustful luxury lying
        machine machinery machines mad made magazine magazines magic magistrate magistrates magnet magnified magnitude
        mail mailboxes mailed mailer mailing mailings mails main mainland mainly mainstream maintain maintainable
        maintained maintaining maintains maintenance majestic major majoritarian majorities majority make maker makers
        makes makeup making maladministration male males malfeasance malice malicious maliciously mall malleable
        malpractice malt man manage manageable managed management manager managerial managers manages managing
        mandamus mandate mandated mandates mandating mandatory manifest manifestation manifestations manifested
        manifesting manifestly manifests manifold manipulate manipulated manipulation manipulative mankind manner
        manners manslaughter mantle manuals manufacture manufactured manufacturer manufacturers manufactures
        manufacturing manuscript many map maps marching margin marginal marginally margins marihuana marijuana marina
        marital maritime mark marked markedly marker market marketed marketing marketplace markets marking markings
        marks marriage marriages married marry marshal marshaled marshals martial mask masochistic mass masses massive
        master masters match matched matches matching material materiality materially materials maternal maternity
        mathematical mathematics matrimonial matter mattered matters mature matured maturing maturity max maxim
        maximization maximize maximizing maxims maximum maximums may maybe mayor me meager meal mean meaning
        meaningful meaningfully meaningless meanings means meant meantime meanwhile measurable measurably measure
        measured measurement measures measuring meat mechanic mechanical mechanically mechanics mechanism mechanisms
        media median medical medically medicate medication medications medicinal medicine medieval medium meet meeting
        meetings meets member members membership memberships memoranda memorandum memories memory men menace menorah
        mens ment mental mentally mention mentioned mentioning mentions mercantile merchandise merchandising merchant
        merchants mercy mere merely merge merged merger mergers merit merited meriting meritless meritorious merits
        message messages met metaphor meted metes methamphetamine method methodological methodology methods meticulous
        metoclopramide metrics metropolitan microphone mid midazolam middle midnight midst midtrial might migration
        migratory mild mile mileage miles military militate militates militia militias milk mill milligram milligrams
        million millions mind minded mindful minds mine mined mineral miners mines minimal minimally minimis minimize
        minimized minimizes minimizing minimum minimums mining minister ministerial ministers ministry minor
        minorities minority minors minus minute minutes mirror mirrors misadvice misapplication misapplied misapplies
        misapprehends misapprehension misbehavior misbranded misbranding miscarriage miscellaneous mischaracterizes
        mischief mischievous misconceive misconceived misconceives misconception misconduct misconstrued misconstrues
        misdeeds misdemeanor misdemeanors misfortune misgivings misguided misidentification misinterpretation
        misinterpreted mislead misleading misled mismanagement mismatch misperception misplaced misread misreading
        misreads misrepresentation misrepresentations misrepresented missed misses missing mission missions
        misstatement misstatements mistake mistaken mistakenly mistakes mistreatment mistrial misunderstanding
        misunderstands misunderstood misuse mitigate mitigated mitigates mitigating mitigation mix mixed mixing
        mixture mob mobile mobility mobilization mock mockery mode model modeled models moderate moderation modern
        modes modest modicum modification modifications modified modifier modifies modify modifying molasses mold
        molded molding molestation molested moment momentary momentous moments momentum monetary money moneys monies
        monitor monitored monitoring monitors monologue monopolies monopolistic monopolization monopolize monopoly
        month monthly months monument monuments mood moorings moot mooted mootness moral morale morality morally
        morals moratorium morbid more moreover mores morning morphine mortal mortality mortgage mortgages most mostly
        mother mothers motion motions motivate motivated motivating motivation motivations motive motives motor
        motorist motorists motto mount mounted mounting mouth mouthpiece movable movant move moved movement movements
        moves movie movies moving much multi multifarious multimember multinational multiple multiplication
        multiplicity multiplied multiplier multipliers multiply multiplying multistate multitude municipal
        municipalities municipality munitions murder murdered murderer murderers murdering murders muscle museum
        museums mushroom music musical must muster mute mutilates mutilation mutual mutuality mutually my myriad
        myself mystery naive naked name named namely names naming narcotic narcotics narrative narrow narrowed
        narrower narrowest narrowing narrowly narrowness narrows nation national nationality nationally nationals
        nations nationwide native natural naturalization naturalized naturally nature naught naval navigability
        navigable navigate navigation navigational nce nd nder ne near nearby nearest nearly neat neatly nebulous
        necessarily necessary necessitate necessitated necessitates necessitating necessities necessity neck need
        needed needful needle needless needlessly needs needy negate negated negates negative negatived negatively
        neglect neglected neglecting neglects negligence negligent negligently negligible negotiate negotiated
        negotiating negotiation negotiations neighbor neighborhood neighborhoods neighboring neighbors neither
        neomycin nervous net network networks neutral neutrality neutralize neutrally never nevertheless new newer
        newly news newsletter newsmen newspaper newspapers newsrack newsracks next nexus nice niceties nicety night
        nighttime nine nineteen nineteenth ninety ninth nless nly nn no nobis noble nobody nod noise noises nolle nolo
        nom nominal nominally nominate nominated nominating nomination nominations nominee nominees non nonadherents
        nonarbitrable nonattainment nonblack nonblacks nonbusiness noncapital noncitizen noncitizens noncoercive
        noncommercial noncompliance nonconsensual nonconsenting nonconstitutional noncovered noncriminal noncustodial
        nondeceptive nondelegation nondisclosure nondiscretionary nondiscrimination nondiscriminatory none noneconomic
        nonetheless nonexclusive nonexempt nonexistence nonexistent nonfederal nonfiduciaries nonfinal nonfrivolous
        nongeographical nongovernmental nonhomicide nonideological noninfringing nonjudicial nonjurisdictional nonjury
        nonjusticiable nonmember nonmembers nonmilitary nonminority nonmoving nonnavigable nonobvious nonobviousness
        nonparties nonpartisan nonparty nonpayment nonpecuniary nonpreference nonprofit nonpublic nonpunitive
        nonracial nonregulated nonreligion nonreligious nonrenewal nonresident nonresidents nonretroactive
        nonretroactivity nonreturnable nonsectarian nonsense nonsensical nonstatutory nontestifying nontestimonial
        nontherapeutic nontribal nonunion nonviolent nonwaivable noon nor norm normal normally normative norms
        noscitur nose not notable notably notation note noted notes noteworthy nothing notice noticed notices
        notification notified notifies notify notifying noting notion notions notorious notoriously notwithstanding
        nouns novel novelty novo now nowhere noxious nuanced nuances nuclear nude nudity nugatory nuisance nuisances
        null nullification nullified nullifies nullify nullifying nullity number numbered numbering numbers numerical
        numerous nurse nurses nursing nurture nutrition ny oath oaths obedience obey obeyed obiter object objected
        objecting objection objectionable objections objective objectively objectives objectivity objector objectors
        objects obligate obligated obligates obligating obligation obligations obligatory oblige obliged obligor
        oblique obliquely obliterate oblivious obnoxious obscene obscenity obscure obscured obscures observance
        observances observation observations observe observed observer observers observes observing obsolete obstacle
        obstacles obstante obstruct obstructed obstructing obstruction obstructions obstructs obtain obtainable
        obtained obtaining obtains obviate obviated obviates obvious obviously obviousness occasion occasional
        occasionally occasioned occasions occupancy occupant occupants occupation occupational occupations occupied
        occupies occupy occupying occur occurred occurrence occurrences occurring occurs ocean odd oddity odds odious
        odor of off offence offences offend offended offender offenders offending offends offense offenses offensive
        offensiveness offer offered offering offerings offeror offerors offers office officeholders officer officers
        offices official officially officials officio offset offsets offsetting offshore offspring oft often oil oils
        old older oldest olds ome ominous omission omissions omit omits omitted omitting ompliance on once one onerous
        ones oneself ongoing online only onset onsite onto onus op opaque open opened opening openings openly
        openmindedness openness opens operate operated operates operating operation operational operations operative
        operator operators opined opines opinion opinions opium opponent opponents opportunities opportunity oppose
        opposed opposes opposing opposite opposition oppress oppression oppressive opprobrious opt opted optimal
        option optional options or oral orally orator ordain ordained ordeal order ordered ordering orderly orders
        ordinance ordinances ordinarily ordinary ordinate org organ organic organization organizational organizations
        organize organized organizer organizers organizing organs orientation oriented origin original originally
        originate originated originates originating origins orthodox orthodoxy ost ostensible ostensibly ot oth other
        others otherwise othing ou ought ounce ounces our ours ourselves ourts oust ousted ouster out outcome outcomes
        outcry outdated outdoor outer outgrowth outlaw outlawed outlawing outlaws outlet outlets outlier outline
        outlined outlines outlying outmoded outpatient output outrage outrageous outrageously outright outset outside
        outsiders outstanding outward outweigh outweighed outweighs over overall overarching overbearing overborne
        overbreadth overbroad overburdened overcap overcome overcoming overcrowded overcrowding overhead overheard
        overinclusive overlap overlapping overlook overlooked overlooking overlooks overly overnight overreaching
        overridden override overrides overriding overrule overruled overrules overruling overseas oversecured oversee
        overseeing oversight overstate overstated overstatement overstates overt overthrow overthrowing overthrown
        overtime overtly overtones overturn overturned overturning overwhelm overwhelming overwhelmingly overzealous
        owe owed owes owing own owned owner owners ownership owning owns oxygen ozone pace package packaged packages
        packaging packed packet page pages paid pain painful painfully painless pains painstaking painted painting
        pair pale palpable palpably pamphlet pamphlets pancuronium pandering panel panelists panels panic panoply
        pants paper paperboard papers par parade parades paradigm paradigmatic paradoxical paragraph paragraphs
        parallel paralleled parallels paralytic paralyze paralyzing parameters paramount paraphernalia paraphrase
        parcel parcels pardon pardoned pardons parens parent parentage parental parentis parents pari parishes parity
        park parked parking parks parlance parliamentary parochial parole paroled parolee parolees parse parsing part
        partake parte parted partes partial partiality partially participant participants participate participated
        participates participating participation particular particularity particularized particularly particulars
        parties partisan partisanship partition partly partner partners partnership partnerships parts party pass
        passage passages passed passenger passengers passersby passes passim passing passion passions passive passport
        passports past pastor pat patchwork patdown patent patentability patentable patented patentee patentees
        patently patents paternalistic paternity path pathmarking paths patient patients patriae patriotic patrol
        patrolling patrolman patrols patron patronage patronize patrons pattern patterned patterns paucity pauperis
        pause pausing pay payable payer paying payment payments payor payroll pays pdf peace peaceable peaceably
        peaceful peacefully peacetime peak peculiar peculiarities peculiarly pecuniary pedagogical peddlers pedestrian
        pedestrians pedigree pedophilia peer peers pen penal penalize penalized penalizes penalizing penalties penalty
        pence pendency pendent pending penetrate penetrating penetration penitentiary penological pension pensions
        pentobarbital people peoples per peradventure perceive perceived perceives percent percentage percentages
        perceptible perception perceptions peremptories peremptorily peremptory perfect perfected perfection perfectly
        perforce perform performance performances performed performers performing performs perfunctory perhaps peril
        perils perimeter period periodic periodical periodically periodicals periods peripheral perjured perjury
        permanent permanently permeated permeates permissibility permissible permissibly permission permissive permit
        permits permitted permitting pernicious perpetrate perpetrated perpetration perpetrator perpetrators perpetual
        perpetually perpetuate perpetuated perpetuating perpetuation perplexing persecuted persecution persist
        persisted persistence persistent persistently persists person personal personality personally personam
        personnel persons perspective persuade persuaded persuades persuading persuasion persuasive persuasively
        persuasiveness pertain pertained pertaining pertains pertinency pertinent pervade pervades pervasive
        pervasively pervasiveness perverse perversion perverted pesticide pesticides petit petition petitioned
        petitioner petitioners petitioning petitions petroleum petty pharmacists phase phases phenomena phenomenon
        philosophical philosophy phone phones phonograph phonorecord phonorecords photo photograph photographed
        photographic photographs phrase phrased phraseology phrases phrasing physical physically physician physicians
        physiological pick picked picket picketers picketing picking pickup picture pictures piece piecemeal pieces
        pier piers pills pilotage pilots pious pipeline pipelines pipes piracy pistol pistols pit pitfalls pivotal
        place placed placement placements places placing plagued plain plainly plainness plaintiff plaintiffs plan
        plane planes planned planners planning plans plant planted planting plants plasma plasmapheresis plaster
        plasterboard plastic plate plates platform plausibility plausible plausibly play played player players
        playground playing plays plea plead pleaded pleader pleading pleadings pleads pleas please pleased pleases
        pleasure pledged pledges plenary plenty plight plot plow plural pluralism pluralistic plurality plus pocket
        pockets point pointed pointedly pointing pointless points poison poisonous polarization polarized poles police
        policeman policemen policies policing policy policymaker policymakers policymaking politic political
        politically politicians politics polity poll polling polls pollutant pollutants polluted pollution polygamy
        polygraph pond ponds pool pooled pooling pools poor poorly populace popular popularity popularly populated
        population populations populous porch pornographic pornography portion portions portray portrayal portrayed
        ports pose posed poses posing posit posited position positioned positions positive positively posits possess
        possessed possesses possessing possession possessions possessor possessors possessory possibilities
        possibility possible possibly post postage postal postarrest postconviction postdeprivation posted
        postenactment posters posting postjudgment postmasters postpetition postpone postponed postponement postponing
        posts postsentencing postulate postulates posture postverdict potassium potent potential potentiality
        potentially poultry pound pounds poverty powder power powerful powerfully powerless powers pp practicability
        practicable practical practicalities practicality practically practice practiced practices practicing
        practitioner practitioners pragmatic praise praised pray prayed prayer prayers praying prays pre preaching
        preamble precarious precaution precautions precede preceded precedence precedent precedential precedents
        precedes preceding precept precepts precinct precincts precious precipitate precipitated precise precisely
        precision preclear preclearance precleared preclude precluded precludes precluding preclusion preclusive
        precondition preconditions precursor predates predating predators predatory predecessor predecessors
        predeprivation predetermined predicament predicate predicated predicates predict predictability predictable
        predictably predicted predicting prediction predictions predictive predilections predispute predominance
        predominant predominantly predominate preempt preempted preemption preemptive preempts preenactment
        preenforcement preexisting preface prefaced prefatory prefer preferable preference preferences preferential
        preferred preferring prefers pregnancies pregnancy pregnant preindictment prejudgment prejudice prejudiced
        prejudices prejudicial prejudicing preliminarily preliminary premarket premature prematurely premeditated
        premeditation premise premised premises premium premiums prenatal preoccupation preparation preparations
        preparatory prepare prepared prepares preparing preponderance prepublication prerequisite prerequisites
        prerogative prerogatives prescribe prescribed prescribes prescribing prescription prescriptions preseizure
        presence present presentation presentations presented presentence presenting presently presentment presents
        preservation preserve preserved preserves preserving preside presided president presidential presiding press
        pressed presses pressing pressure pressured pressures prestige presumably presume presumed presumes presuming
        presumption presumptions presumptive presumptively presuppose presupposes presuppositions pretend pretended
        pretense pretenses pretermination pretext pretextual pretrial pretty prevail prevailed prevailing prevails
        prevalence prevalent prevent preventative prevented preventing prevention preventive prevents previous
        previously price priced prices pricing pride priest prima primacy primaries primarily primary prime primitive
        principal principally principals principle principled principles print printed printer printing prints prior
        priorities priority prison prisoner prisoners prisons privacy private privately privilege privileged
        privileges privity privy prize pro probabilities probability probable probably probate probation probationary
        probationer probationers probative probe probing problem problematic problems procedural procedurally
        procedure procedures proceed proceeded proceeding proceedings proceeds process processed processes processing
        processors proclaim proclaimed proclaiming proclaims proclamation proclamations procompetitive procreation
        procure procured procurement procures procuring produce produced producer producers produces producing product
        production productions productive productivity products profane profaning profess professed professes
        professing profession professional professionalism professionally professionals professions proffer proffered
        proffers proficiency profile profiles profit profitable profitably profits profound profoundly progeny program
        programmed programmers programming programs progress progressed progression progressive prohibit prohibited
        prohibiting prohibition prohibitions prohibitive prohibitory prohibits project projected projection projects
        proliferation prologue prolong prolonged prominence prominent prominently promise promised promises promising
        promote promoted promotes promoting promotion promotional promotions prompt prompted prompting promptly
        prompts promulgate promulgated promulgating promulgation prone prong pronged prongs pronounce pronounced
        pronouncement pronouncements pronounces pronouncing proof proofs prop propaganda propagate propagation
        propeller propensities propensity proper properly properties property prophecy prophylactic proponent
        proponents proportion proportional proportionality proportionate proportionately proportioned proportions
        proposal proposals propose proposed proposes proposing proposition propositions propounded proprietary
        proprietor proprietors propriety prorate proration proscribable proscribe proscribed proscribes proscribing
        proscription proscriptions prosecute prosecuted prosecuting prosecution prosecutions prosecutor prosecutorial
        prosecutors proselytize proselytizing prosequi prospect prospective prospectively prospectivity prospects
        prospectus prospectuses prosperity prostitution protect protected protectible protecting protection
        protectionism protectionist protections protective protects protest protestations protested protesters
        protesting protestors protests protocol protocols protracted proud prove proved proven proves provid provide
        provided provider providers provides providing province proving provision provisional provisions proviso
        provocation provocative provoke provoked provoking proxies proximate proximately proximity proxy prudence
        prudent prudential prurient psychiatric psychiatrist psychiatrists psychological psychologist psychologists
        psychosis psychotropic pt pubic public publication publications publicity publicize publicized publicly
        publish published publisher publishers publishes publishing pull pulled pulling pulpwood pump pumping
        punctuation punish punishable punished punishes punishing punishment punishments punitive pupil pupils
        purchase purchased purchaser purchasers purchases purchasing pure purely purest purge purged purity purloin
        purport purported purportedly purporting purports purpose purposeful purposefully purposeless purposely
        purposes purse pursuance pursuant pursue pursued pursues pursuing pursuit pursuits purview push pushed put
        putative puts putting puzzling qua qualification qualifications qualified qualifier qualifies qualify
        qualifying qualitative qualitatively qualities quality qualms quantified quantify quantitative quantitatively
        quantities quantity quantum quarantine quarrel quarries quarter quarters quash quashed quasi quest question
        questionable questioned questioning questionnaire questionnaires questions qui quick quickly quid quiet
        quietly quilt quintessential quintessentially quit quite quo quod quorum quota quotas quotation quotations
        quote quoted quotes quoting rabbi race races racial racially racing racist rack racketeering radical radically
        radio radioactive radius raiding rail railroad railroads rails raise raised raises raisin raising raisins
        rallies rally ramifications ran random randomly range ranged ranges ranging rank ranked ranking ranks rape
        raped rapes rapid rapidly raping rapist rapists rare rarely rarity rata ratable rate rated ratemaking rates
        rather ratification ratified ratify ratifying rating ratings ratio ration rational rationale rationales
        rationality rationalization rationally ratios raw re rea reach reached reaches reaching react reacted reaction
        reactions reactors read reader readily readiness reading readings reads ready reaffirm reaffirmation
        reaffirmed reaffirming reaffirms real realistic realistically realities reality realization realize realized
        realizes realizing reallocation really realm reap reapportion reapportionment rear reargued reargument rearing
        reason reasonable reasonableness reasonably reasoned reasoning reasons reassignment reauthorization
        reauthorized rebate rebates rebellion rebuffed rebut rebuttable rebuttal rebutted rebutting recalcitrant
        recall recalled recalling recalls recast recasting recede receipt receipts receive received receiver receivers
        receivership receives receiving recent recently reception receptive recess recesses recidivism recidivist
        recidivists recipient recipients reciprocal reciprocity recital recitals recitation recite recited recites
        reciting reckless recklessly recklessness reclaim recodification recodified recognition recognizable
        recognizance recognize recognized recognizes recognizing recollection recollections recommend recommendation
        recommendations recommended recommending recommends recompense reconcile reconciled reconciliation reconciling
        reconsider reconsideration reconsidered reconstruct record recorded recorders recording recordings
        recordkeeping records recounted recounting recounts recoup recourse recover recoverable recovered recoveries
        recovering recovers recovery recreation recreational recruit recruiters recruiting recruitment recruits
        rectify recur recurrence recurrent recurring recycling red redeeming redefine redefining redefinition
        redetermination redistrict redistricting redress redressability redressable redressed redressing reduce
        reduced reduces reducing reduction reductions redundancy redundant reelection reemployment reenacted
        reenactment reenter reentry reexamination reexamine reexamined reexamining refer referee reference referenced
        references referendum referral referrals referred referring refers refine refined refinement refiner refiners
        reflect reflected reflecting reflection reflects reform reforms refrain refrained refraining refrains refuge
        refuges refund refunds refusal refusals refuse refused refuses refusing refutation refute refuted refutes
        refuting regain regard regarded regarding regardless regards regime regimes region regional regionally regions
        register registered registering registers registrant registrants registration registrations registry regret
        regrettable regular regularity regularly regulate regulated regulates regulating regulation regulations
        regulator regulators regulatory rehabilitate rehabilitated rehabilitating rehabilitation rehabilitative rehear
        rehearing rehire rehired reign reimbursable reimburse reimbursed reimbursement reimbursements reimbursing rein
        reinforce reinforced reinforcement reinforces reinstate reinstated reinstatement reinterpretation reintroduced
        reiterate reiterated reiterates reiterating reiteration reject rejected rejecting rejection rejects rel relate
        related relatedness relates relating relation relations relationship relationships relative relatively
        relatives relator relax relaxation relaxed relaxing relay relayed release released releases releasing relegate
        relegated relevance relevancy relevant reliability reliable reliably reliance relied relief relies relieve
        relieved relieves relieving religion religions religious religiously relinquish relinquished relinquishing
        relinquishment relitigate relitigating relitigation relocation reluctance reluctant reluctantly rely relying
        rem remain remainder remained remaining remains remand remanded remanding remands remark remarkable remarkably
        remarked remarking remarks remedial remedied remedies remedy remedying remember remembered remind reminded
        reminder reminds reminiscent remit remitted remorse remote remotely removability removable removal removals
        remove removed removes removing remuneration render rendered rendering renders rendition renew renewal
        renewals renewed renounce renounced rent rental rentals rented rents renumbered renunciation reopen reopened
        reopening reorganization reorganized repair reparation reparations repatriation repay repayment repeal
        repealed repealing repeals repeat repeated repeatedly repeating repeats repel repetition repetitious
        repetitive replace replaced replacement replaces replacing replete replied replies reply report reported
        reporters reporting reports repose reposed reprehensible represent representation representational
        representations representative representatives represented representing represents repression reprimand
        reprinted reprisal reprisals reproduce reproduced reproducing reproduction reprosecution republican repudiate
        repudiated repudiates repudiating repudiation repugnancy repugnant reputation reputational request requested
        requesting requests require required requirement requirements requires requiring requisite requisites
        requisitions res resale rescind rescinded rescission rescue research researchers resell resemblance resemble
        resembled resembles resembling resentenced resentencing resentment reservation reservations reserve reserved
        reserves reserving reservists reservoir reside resided residence residences residency resident residential
        residents resides residing residual residuary residue residuum resign resignation resigned resigns resist
        resistance resisted resisting resists resold resolution resolutions resolve resolved resolves resolving resort
        resorted resorting resorts resource resources respect respectable respected respectful respectfully respecting
        respective respectively respects respiration respond respondeat responded respondent respondents responding
        responds response responses responsibilities responsibility responsible responsibly responsive rest restate
        restated restates restaurant restaurants rested resting restitution restoration restore restored restoring
        restrain restrained restraining restrains restraint restraints restrict restricted restricting restriction
        restrictions restrictive restrictively restricts restroom restrooms restructuring rests result resultant
        resulted resulting results resume resumed resumption resurrect retail retailer retailers retailing retain
        retained retaining retains retake retaliate retaliation retaliatory retard retardation retarded retention
        retire retired retiree retirees retirement retreat retrial retrials retribution retributive retried retrieve
        retrieved retroactive retroactively retroactivity retrogression retrospect retrospective retrospectively retry
        retrying return returned returning returns rev reveal revealed revealing reveals revelation revelations
        revenue revenues reversal reversals reverse reversed reverses reversible reversing reversionary revert review
        reviewability reviewable reviewed reviewing reviews revise revised revisers revising revision revisions
        revisit revisited revival revive revived revocable revocation revoke revoked revoking revolution revolutionary
        revolver reward rewarding rewards reweighing rewrite rewriting rewritten rhetoric rhetorical rich rid ride
        rider riders ridicule ridiculous riding rifle rifles right rightful rightfully rightly rights rigid rigidity
        rigidly rigor rigorous rigorously rigors rings riot riots riparian ripe ripen ripeness rise risen rises rising
        risk risking risks risky ritual ritualistic rival rivals river riverbed rivers road roads roadside roadway
        roam rob robbed robber robberies robbers robbery robbing robust role roles roll rolling rolls rom roof room
        rooms root rooted roots rotation rough roughly round rounded rounds route routes routine routinely roving row
        royalties royalty rs rubber rubric rudimentary ruinous rule ruled rulemaking rulers rules ruling rulings
        rummage rumor rumors run running runoff runs rural ruse sabotage sacramental sacred sacrifice sacrificed
        sacrifices sacrificing sacrilege sad saddled safe safeguard safeguarded safeguarding safeguards safely safer
        safest safety said sake salaried salaries salary sale sales salesman salesmen salient salutary salute salvage
        salvation same sample samples sampling sanction sanctioned sanctioning sanctions sanctity sanctuary sand
        sandpaper sane sanity sat satellite satisfaction satisfactorily satisfactory satisfied satisfies satisfy
        satisfying saturated save saved saves saving savings saw sawed say saying says scale scales scandal scandalous
        scant scarce scarcely scarcity scared scattered scenario scenarios scene scenes schedule scheduled schedules
        scheduling scheme schemes schizophrenia scholar scholarly scholars scholarship scholarships school
        schoolchildren schoolhouse schooling schools science scienter scientific scientifically scientist scientists
        scope scopolamine score scored scores scoring screaming screen screened screening screenplay screens script
        scruples scrupulous scrupulously scrutinize scrutinized scrutinizing scrutiny se sea seal sealed sealing
        seaman seamen search searched searches searching seas season seasonal seat seatbelt seatbelts seated seating
        seats seaward second secondary secondly seconds secrecy secret secretary secretly secrets sect sectarian
        section sections sector sectors sects secular secure secured secures securing securities security sediment
        sedition seditious see seed seeds seeing seek seeking seeks seem seemed seeming seemingly seems seen sees
        segment segments segregate segregated segregating segregation segregative seize seized seizes seizing seizure
        seizures seldom select selected selecting selection selections selective selectively selectivity selects self
        sell seller sellers selling sells semantic semblance semen semester semi semiclosed seminal senatorial
        senators send sender sending sends senior seniority sense senseless senses sensibilities sensible sensibly
        sensitive sensitivity sent sentence sentenced sentencer sentencers sentences sentencing sentiment sentiments
        separable separate separated separately separates separating separation seq sequence sequestered sequestration
        sequitur serial series serious seriously seriousness serum servant servants serve served serves service
        serviceman servicemen services serving servitude session sessions set sets setting settings settle settled
        settlement settlements settlers settles settling settlor seven seventeen seventh seventy sever severability
        severable several severally severance severe severed severely severity sewage sewer sex sexes sexual sexually
        shade shades shadow shaky shall shalt sham shame shameful shank shape shaped shapes shaping share shared
        shareholder shareholders shares sharing sharking sharp sharpens sharply she shed sheds sheep sheer sheet
        sheets shelf shelter sheltered sheriff sheriffs shield shielded shielding shields shift shifted shifting
        shifts shillings ship shipment shipments shipped shipper shippers shipping ships shirt shit shock shocking
        shocks shoes shoot shooting shootings shop shoplifting shopowners shopping shops shore shores shorn short
        shortage shortcomings shortened shorter shortfall shorthand shortly shot shotgun shotguns shots should
        shoulder shoulders shouting shove show showed shower showing showings shown shows showup shred shrift shrimp
        shrink shuffle shuffled shut siblings sick sickness side sided sides sidewalk sidewalks sifting sight sign
        signal signaled signals signatories signatory signature signatures signed significance significant
        significantly signified signifies signify signifying signing signs silence silenced silent silentio silently
        silly similar similarities similarity similarly simple simpler simpliciter simplicity simplified simplify
        simplistic simply simulated simultaneous simultaneously sin since sincere sincerely sincerity sine sinful
        singing single singled singles singling singly singular singularly sinister sink sins sir sister sit site
        sited sites sits sitting situated situation situations situs six sixteen sixteenth sixth sixty sizable size
        sized sizes skeptical skepticism sketch sketched skewed ski skill skilled skills skin skull sky slander slate
        slaughtering slave slavery slaves sleep sleeping slender slept sliding slight slightest slightly slim slip
        slippery slips slogan slope slow slowly small smaller smallest smell smelled smoke smokeless smokers
        smokeshops smoking smooth smuggle smuggled smugglers smuggling snail snow so sober sobriety social socially
        societal societies society sociis socioeconomic sociological sodium sodomy soft software soil soils sold
        soldier soldiers sole solely solemn solemnity solemnly solicit solicitation solicitations solicited soliciting
        solicitor solicitors solicitous solicits solicitude solid solitary solution solutions solve solved solvency
        solving some somebody someday somehow someone something sometime sometimes somewhat somewhere son song soon
        sooner sophisticated sophistication sordid sort sorts sought sound sounded sounder sounding soundly soundness
        sounds source sources sovereign sovereigns sovereignties sovereignty space spaces spacing span spanning spare
        spared sparing sparingly sparked sparse sparsely spawned speak speaker speakers speaking speaks special
        specialist specialists specialized specially species specific specifically specification specifications
        specificity specifics specified specifies specify specifying specimen specious spectators specter spectrum
        speculate speculates speculating speculation speculative speech speeches speed speedier speedily speeding
        speedy spell spelled spend spending spends spent sphere spheres spill spillage spilled spirit spirited spirits
        spiritual spirituous spite splintered split splitting spoke spoken spokesman spokesmen sponsor sponsored
        sponsoring sponsors sponsorship spontaneous sponte sporadic sport sporting sports spot spousal spouse spouses
        sprayer spread spreading spree spring spur spurious squad square squared squarely stabbed stabbing stability
        stabilization stabilize stabilizing stable stack staff staffing staffs stage stages staggering stained stains
        stairs stake stakes stale stamp stamped stamps stance stand standard standardized standardless standards
        standby standing standpoint stands staple starch stare stark starkly start started starting startling starts
        state stated statehood statement statements states statesmen statewide static stating station stationary
        stationed stations statistical statistically statistics stature status statute statutes statutorily statutory
        stay stayed staying stays stead steadfastly steadily steady steal stealing steals steam stem stemmed stemming
        stems step stepfather stepped steps stereotype stereotypes stereotypical stereotyping sterile sterilization
        stern stick stifle stifling stigma stigmatized stigmatizing still stimulate stimuli stimulus stipulate
        stipulated stipulation stipulations stirring stock stockholder stockholders stocks stolen stomach stood stop
        stoppage stopped stopping stops storage store stored stores stories storing storm story straight
        straightforward strain strained strains strait straitjacket strands strange stranger strangers strategic
        strategies strategy stray stream streams street streets strength strengthen strengthened strengthening
        strengthens strengths strenuously stress stressed stresses stressing stretch stretched stretches stretching
        stricken strict stricter strictest strictly strictures strife strike strikers strikes striking strikingly
        string stringent strings strip stripped strips strive strong stronger strongest strongly struck structural
        structure structured structures structuring struggle struggled struggles struggling student students studied
        studies study studying stuff stun style styled sua sub subaverage subchapter subclass subclasses subcontractor
        subcontractors subd subdivided subdivision subdivisions subject subjected subjecting subjection subjective
        subjectively subjectivity subjects submerged submission submissions submit submits submitted submitting
        subordinate subordinated subordinates subordinating subordination subparagraph subpoena subpoenaed subpoenas
        subrogation subscribe subscribed subscriber subscribers subscription subscriptions subsection subsections
        subsequent subsequently subservience subservient subset subsidiaries subsidiary subsidies subsidization
        subsidize subsidized subsidizes subsidizing subsidy subsistence substance substances substandard substantial
        substantiality substantially substantiate substantiated substantive substantively substitute substituted
        substitutes substituting substitution subsumed subterfuge subtle subtleties subtract suburb suburban suburbs
        subversion subversive subvert succeed succeeded succeeding succeeds success successful successfully succession
        successive successively successor successors succinctly such sudden suddenly sue sued sues suffer suffered
        suffering suffers suffice sufficed suffices sufficiency sufficient sufficiently suffrage suggest suggested
        suggesting suggestion suggestions suggestive suggestiveness suggests sui suicide suicides suing suit
        suitability suitable suitably suitcase suitcases suite suited suitor suits sum summarily summarize summarized
        summarizes summarizing summary summation summed summer summon summoned summoning summons sums super
        superficial superficially superfluity superfluous superintendence superintendent superintendents superior
        superiority superiors supermarket supersede superseded supersedes superseding supervise supervised supervises
        supervising supervision supervisor supervisors supervisory supplant supplanted supplanting supplement
        supplemental supplementary supplementation supplemented supplementing supplements supplied supplier suppliers
        supplies supply supplying support supportable supported supporter supporters supporting supportive supports
        suppose supposed supposedly supposing supposition suppress suppressed suppresses suppressing suppression supra
        supreme surcharge surcharges sure surely surface surfaced surgeon surgery surgical surmise surplus surplusage
        surprise surprised surprising surprisingly surrender surrendered surrenders surreptitiously surrogate surround
        surrounded surrounding surroundings surrounds surveillance surveillances survey surveyed surveying surveys
        survival survive survived survives surviving survivors survivorship susceptibility susceptible suspect
        suspected suspecting suspects suspend suspended suspending suspense suspension suspensions suspicion
        suspicionless suspicions suspicious sustain sustainable sustained sustaining sustains swab swabs swallow
        swatch swath sway swayed swear swearing sweep sweeping sweeps swept swiftly swimming swing switch switching
        sword swore sworn syllogism symbol symbolic symbols symmetry sympathetic sympathies sympathy symptoms
        synonymous synthetic system systematic systematically systemic systems systemwide table tables tablets tacit
        tacitly tack tactic tactical tactics tailor tailored tailoring taint tainted take taken takeover taker takes
        taking takings talents talismanic talk talked talking talks tall tally tam tampering tandem tangentially
        tangible tank tanks tantamount tanto tape taped tapes tardive target targeted targeting targets tariff tariffs
        task tasks taste tastes tate taught tax taxable taxation taxed taxes taxing taxpayer taxpayers tea teach
        teacher teachers teaches teaching teachings team teams tear technical technicality technically technician
        technicians technique techniques technological technologies technology tecum teed teenage teenager teenagers
        teeth telephone telephoned telephones telephonic televised television tell teller telling tells temper
        temperature temperatures tempered temporal temporarily temporary tempore temptation tempted tempting ten
        tenable tenant tenants tend tended tendencies tendency tender tendered tendering tending tends tenet tenets
        tenor tens tense tension tensions tentative tentatively tenuous tenure tenured term termed terminally
        terminals terminate terminated terminates terminating termination terminology terms terrible territorial
        territories territory terror terrorism terrorist tertii test testamentary tested testified testifies testify
        testifying testimonial testimony testing tests text textbook textbooks texts textual textually th than thank
        thanks that the theater theaters theatrical theft thefts their theirs them theme themes themselves then thence
        theological theology theoretical theoretically theories theory therapeutic therapy there thereafter thereby
        therefor therefore therefrom therein thereof thereon thereto theretofore thereunder thereupon therewith these
        thesis they thicket thief thieves thin thing things think thinking thinks thiopental third thirds thirteen
        thirty this thorough thoroughly thoroughness those though thought thoughtful thoughts thousand thousands
        thread threat threaten threatened threatening threatens threats three threefold threshold thresholds threw
        thrift thrive throat through throughout throw throwing thrown throws thrust thumb thus thwart thwarted thy
        ticket tickets tidal tide tidelands tie tied tier tiered ties tight tightly till timber time timeliness timely
        times timid timing tiny tion tions tip tippee tipping tips tipster tires tissue title titled titles to tobacco
        today together toilet token told tolerable tolerance tolerant tolerate tolerated tolerates toleration toll
        tolled tolling tolls tomorrow ton tone tongue tonnage tons too took tool tools top topic topics torn tort
        tortfeasor tortfeasors tortious torts torture tortured total totaled totaling totalitarian totality totally
        totals toto touch touched touches touching touchstone tough tour tourism tourist tourists tours toward towards
        town towns toxic tpy trace traceable traced traces tracing track tracked tracking tracks tract tracts trade
        traded trademark trademarked trademarks traders trades trading tradition traditional traditionally traditions
        traffic traffickers trafficking tragedy tragic trail trailer trails train trained training trains trait traits
        tranquility transact transacted transacting transaction transactions transacts transcend transcendent
        transcends transcribed transcript transcripts transfer transferable transferee transferred transferring
        transfers transform transformation transformed transforming transforms transgress transgressed transgressing
        transgression transgressions transient transition transitory transl translate translated translation
        transmission transmit transmits transmittal transmitted transmitting transnational transparent transpired
        transplant transport transportation transported transporting transports trap trapping trash trauma traumatic
        travel traveled traveler travelers traveling travels treacherous tread treason treasonable treasurer
        treasuries treasury treat treated treaties treating treatise treatises treatment treats treaty treble tree
        trees tremendous trench trenches trend trends trespass triable trial trials tribal tribe tribes tribunal
        tribunals tributaries tributary trick trickery tried trier triers tries trifling trigger triggered triggering
        triggers trilogy trimester trimmed trip tripartite trips trivial troops trouble troubled troubles troublesome
        troubling truck truckers trucks true truism truly trump truncated trunk trust trusted trustee trustees trusts
        trustworthiness trustworthy truth truthfinding truthful truthfully truthfulness truths truthseeking try trying
        tuition tunnel turn turned turning turnout turnover turns turpitude twelve twenty twice twin two twofold tying
        type typed types typical typically typographical tyrannical tyranny ubiquitous uch udicial ue ulterior
        ultimate ultimately ultra umbrella un unable unacceptable unacceptably unaccepted unaccompanied unaddressed
        unadorned unaffected unaided unalienable unallotted unaltered unambiguous unambiguously unanimity unanimous
        unanimously unannounced unanswered unanticipated unapportioned unarmed unarticulated unassailable unattended
        unattractive unauthorized unavailability unavailable unavailing unavoidable unavoidably unaware unbecoming
        unbiased unborn unbounded unbridled unbroken uncertain uncertainties uncertainty unchallenged unchanged
        unchecked uncle unclear uncomfortable uncommon uncompensated unconditional unconditionally unconnected
        unconscionability unconscionable unconscious unconsciousness unconsented unconsenting unconstitutional
        unconstitutionality unconstitutionally unconstrained uncontested uncontradicted uncontrollable uncontrolled
        uncontroversial uncontroverted unconvinced unconvincing uncorrected uncorroborated uncounseled uncover
        uncovered uncritical uncritically undecided undefined undeniable undeniably under underage underages
        undercount undercover undercut undercuts underestimate undergo undergoing undergone undergraduate underground
        underinclusive underinclusiveness underlay underlie underlies underlying undermine undermined undermines
        undermining underneath underpinning underpinnings underrepresentation underrepresented underscore underscored
        underscores understand understandable understandably understanding understandingly understandings understands
        understatement understood undertake undertaken undertakes undertaking undertook underway underwent undeserving
        undesirability undesirable undetected undeveloped undifferentiated undiluted undisclosed undisputed
        undisturbed undivided undo undocumented undone undoubted undoubtedly undue unduly uneasy unelected unemployed
        unemployment unenforceable unenumerated unequal unequally unequivocal unequivocally unethical uneven
        unexceptionable unexhausted unexpected unexplained unexpressed unfair unfairly unfairness unfaithful
        unfamiliar unfavorable unfettered unfit unfitness unforeseeable unforeseen unfortunate unfortunately unfounded
        unguided unhappy unhealthy unheard unhelpful unidentified uniform uniformed uniformity uniformly unifying
        unilateral unilaterally unimpaired unimpeded unimportant unincorporated uninformed uninhibited unintended
        unintentional unintentionally uninterrupted uninvited union unionism unionization unions unique uniquely
        uniqueness unit unitary unite united units unity unius universal universally universe universities university
        unjust unjustifiable unjustifiably unjustified unjustly unknowable unknowing unknown unlawful unlawfully
        unlawfulness unless unlicensed unlike unlikely unlimited unmanageable unmarked unmarried unmentioned unmindful
        unmistakable unmistakably unnamed unnatural unnecessarily unnecessary unnoticed unobjectionable unobstructed
        unofficial unopposed unorthodox unpaid unpatentable unpatented unpersuaded unpersuasive unpleasant unpopular
        unprecedented unpredictability unpredictable unprepared unprincipled unprivileged unproductive unprofessional
        unprotected unprovoked unpublished unpunished unqualified unquestionable unquestionably unquestioned
        unrealistic unreasonable unreasonableness unreasonably unreasoned unreduced unregistered unregulated unrelated
        unreliability unreliable unremarkable unremedied unreported unrepresented unresolved unresponsive unrest
        unrestrained unrestricted unreviewable unreviewed unripe unsafe unsatisfactory unsatisfied unscrupulous
        unseaworthiness unseemly unsettle unsettled unsettling unsigned unsolicited unsound unspecified unstable
        unstated unsubstantiated unsuccessful unsuccessfully unsuitable unsuited unsupportable unsupported unsure
        unsurprising unsworn unsympathetic untainted untenable untested untethered unthinkable until untimely unto
        untouched untoward untrained untrammeled untrue untrustworthy unusual unusually unwanted unwarned unwarranted
        unwary unwed unwelcome unwilling unwillingness unwise unworkable unworthy unwritten unyielding up upbringing
        upcoming update updated updating upheld uphold upholding upholds upland uplands upon upper ups upset upsets
        upsetting upshot upstairs upstream upward upwards upwind ur urban urge urged urgency urgent urges urging
        urinalysis urine us usable usage usages usdoj use used useful usefully usefulness useless user users uses
        using ustice usual usually usurp usurpation usurped usurping ut utilitarian utilities utility utilization
        utilize utilized utilizing utmost utter utterance utterances uttered uttering utterly ux vacancies vacancy
        vacant vacate vacated vacates vacating vacation vacatur vacuum vagaries vagina vaginal vagrancy vague vaguely
        vagueness vain valid validate validated validating validation validity validly valorem valuable valuation
        value valued valueless values vanish variable variables variance variances variant variation variations varied
        varies varieties variety various variously vary varying vast vastly ve vegetation vegetative vehicle vehicles
        vehicular vein veins vel ven vending vendor vendors venerable venereal vengeance venire venireman veniremen
        ventilation venture ventures venue veracity verb verbal verbally verbatim verbs verdict verdicts verifiable
        verification verified verify verifying versa versed version versions versus vertical very vessel vessels vest
        vested vestiges vesting vests veteran veterans veto vetoed vexatious vexing via viability viable vicarious
        vicariously vice vices vicinage vicinity vicious victim victimized victims victory vidence video videos
        videotape videotaped view viewed viewer viewers viewing viewpoint viewpoints views vigilance vigilant vigor
        vigorous vigorously vile village vindicate vindicated vindicates vindicating vindication vindictive
        vindictiveness vinous vintage violate violated violates violating violation violations violative violator
        violators violence violent violently vires virtual virtually virtue virtues vis visa visibility visible vision
        visit visitation visited visiting visitor visitors visits visual visually vital vitality vitally vitiate
        vitiated vivid vividly viz vocation vocational voice voiced voices void voidable voir volition volume volumes
        voluminous voluntarily voluntariness voluntary volunteer volunteered volunteers vote voted voter voters votes
        voting voucher vouchers voyage vs vulgar vulnerability vulnerable wage wagering wagers wages wagon wait waited
        waiting waivable waive waived waiver waivers waives waiving wake walk walked walking walks wall wallboard
        wallet walls wander wandering want wanted wanting wanton wantonly wantonness wants war ward warden wards
        warehouse warehouseman warehousemen warehouses warehousing wares warfare warming warn warned warning warnings
        warns warrant warranted warranting warrantless warrants warranty wartime wary was washed washing wasn waste
        wasted wasteful wastes wasting watch watched watching water watered waters watershed waterway waterways wave
        way ways we weak weaken weakened weakens weaker weakness weaknesses wealth wealthy weapon weapons wear wearing
        wears weather wedding wedlock weed week weekly weeks weigh weighed weighing weighs weight weighted weighting
        weights weighty welcome welfare well wellbeing wellhead wells went were weren wetland wetlands wharf wharves
        what whatever whatsoever wheel wheelchair wheels when whence whenever where whereabouts whereas whereby
        wherein whereof whereupon wherever whether which whichever while whilst whim whistle white whites who whole
        wholeheartedly wholesale wholesaler wholesalers wholesaling wholesome wholly whom whomever whose why wicked
        wide widely widened wider widespread widest widow widowers widows width wield wielded wields wife wild
        wildlife wilful wilfully will willful willfully willfulness willing willingly willingness wills win wind
        windfall window windows wine winner winners winning wins winter wipe wiped wire wires wiretap wiretapping
        wisdom wise wisely wiser wish wished wishes wishing wit with withdraw withdrawal withdrawals withdrawing
        withdrawn withdrew withheld withhold withholding withholds within without withstand witness witnessed
        witnesses wives woefully woman womb women won wonder wonders wooden word worded wording words wore work
        workable worked worker workers workforce working workings workload workmen workplace workplaces works world
        worldly worlds worldwide worn worried worries worry worse worship worst worth worthless worthwhile worthy
        would wouldn wound wounded wounding wounds wrapped wreck wrestling writ write writer writers writes writing
        writs written wrong wrongdoer wrongdoers wrongdoing wronged wrongful wrongfully wrongfulness wrongly wrongs
        wrote wrought www yard yards yardstick year yearly years yelled yellow yes yesterday yet yield yielded
        yielding yields you young younger your yours yourself youth youthful youths zeal zealous zero zone zoned zones
        zoning
        """;
}
