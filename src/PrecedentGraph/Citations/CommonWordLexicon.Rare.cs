namespace PrecedentGraph.Citations;

internal static partial class CommonWordLexicon
{
    /// <summary>Rarer common words: seen in lowercase at least 3 times in the corpus and at least twice as often
    /// in lowercase as capitalized inside a sentence (corpus decisions sampled for held-out measures left out).
    /// Generated from word counts; it names no case.</summary>
    private const string RareText = """
        abandonments abatements abates abating abbreviate abbreviation abbreviations abdicated abdicates abdicating
        abdomen abdominal abduct abductions abductor abducts abeas aberrational aberrations abetter abhor abhorred
        abhorrence abhors abided abides abject abjuration abjure abjured abjures ablest abnegation abnormalities
        abnormally abodes abolishes abolishment abolitionist abolitionists abominable abortifacient abortifacients
        aborting abortionist abortionists aborts abounded abounds abrasions abrasive abreast abridg abridgments abrogat
        abscond absconded absences absented absenteeism absentia absolution absolutism absolve absolved absolves
        absolving absorbing absorbs absque abstains abstinence abstracted abstractly abstracts abstruse absurdly
        absurdum abuser abusers abut abutment abuts abutted abysmal abyss academia academically academicians academics
        academies acceded accedes acceding accelerated accelerating acceleration accelerator accent accentuate
        accentuated accentuates accep acceptably acceptation accessed accesses accession accessway acclaim acclaimed
        accommodat accompan accompaniment accompaniments accompli accomplishments accor accordant accost accosted
        accosting accosts accountings accouterments accoutrements accrediting accrete accreted accreting accretive
        accruals accumulates accumulating accumulations accusatorial accuseds ace aches achiev achievable achievements
        acial acids acme acquaint acquainting acquiescent acquiesces acquiescing acquirement acquiror acquits acquittee
        acquittees acquitting acreages acrimonious acrimony acter actio actionably activate activates activating
        activist activists activit actua actualities actuarially actuary actuate actuated actuating actus acuity acumen
        acuteness acy adage adamant adamantly adaptability adaptable adaptation adaptations adapting adapts addicted
        addictive additive additives addres addressees adduces adducing ade adept adher adhesion adhesive adjacency
        adjectives adjoin adjoined adjoins adjudges adjudicata adjudicates adjudicators adjuncts adjus adjusters adjusts
        admi administrability administratrix admirably admiration admire admired admittees admixture admonish admonishes
        admonishing admonishment ado adoptions adorn adorned adornment adrift adulterate adulteration adulterous
        adumbrate adumbrated advanc advancements advantaged advantageously adventitious adventure adventurer adventurers
        adventurism adventurous adverb adverbial adversariness adversative adversity adverting advertis adverts advis
        advisability advisedly advisement aegis aerial aeronautical aerosols aesthetically afar affec affectional
        affectionate affections affective affiants affiliating affinity affirmances affirmations affixes affixing
        afflict afflicted afflicting affliction afflictions afflicts affluence affor affray affronting affronts afire
        afloat afresh aft afterborn aftereffects aftermarket afternoons afterschool ageless agenc agendas agglomeration
        aggrandize aggrandized aggrandizing aggravations aggregately aggregates aggressions aggressively aggressor
        aggressors aggrievement aggrieves agher agility agitate agitated agitating agnostic agnosticism agnostics
        agonizing agony agrarian agre agreeably aground agst ahistorical ailed ailing ailment ailments ailure aiming
        aimless aintaining airfares airman airmen airness airplanes airs airstrikes airtight airy aisle aisles ajar ajor
        aka akathesia aken aking alarmed alarmingly alarmist alarms alas album albums alchemy aldermen ale alerting
        alertness alerts ales algae alias aliases alibis alienability alienable alienated alienating alienations alienum
        alighted align aligning alignment alignments aligns alios ality aliunde alking allayed allays alleg allegiances
        alleles allergic allergy alleviates alleviating alleviation alleys alliances allo allocable allocution allots
        allottee allotting allowably alloy allude alludes alluding allurements alluring alluringly allusion allusions
        ally almonds alms alongs aloof aloud alphabet alphabetical alphanumeric alse altar alte alterable altercations
        alterius alternately alternates alternating alternation alternativ altitude altitudes altruism altruistic alumni
        alumnus alveolar amalgam amalgamation amalgamations amas amassed amassing amateur amateurism amateurs amatory
        amaze amazed amazingly ambience ambiguously ambitions ambulance ambulatory ambush ambushed ameliorated
        ameliorates ameliorating amelioration ameliorative amenities amerce amerced amercement amicable amicably amid
        amidst amiliar amiss ammonia ammonium amnesia amnesty amniocentesis amniotic amok amortize amoun amperes
        amphetamine amphetamines amphibian amplifier amplifiers amplify amplifying amplitude ampoule amputated
        amputation amputations amusements amusing anachronism anal analgesic anally analogical analogizes analogizing
        analogously analogs analogues anarchism anarchist anarchistic anarchists anathema ance anchorage anchoring
        anchors ancien anciently andidates ands andthe anecdote anecdotes anemia anemic anesthesiologist anesthetized
        ang angels angered angle angles angrily animadversion animadversions animadvert animate animates animation animo
        animosities ankle ankles annexations annexes annexing annihilate annihilated annihilation anniversary announc
        announcer annoy annoyed annuitant annuities annuity annulling annulment annuls anonymities anonymously anoxia
        antagonism antagonisms antagonist antagonists antagonize antagonized antagonizing antebellum antecubital
        antedate antedates antedating antennas anterior anthem anthropogenic anthropologist anthropology antiarbitration
        antibias antibiotics antibodies antibranching antibribery antic anticensorship anticipatorily anticircumvention
        anticompetitively anticorruption anticrime antidemocratic antidirect antidiscriminatory antidistortion antidote
        antidrug antievolution antifederal antigarnishment antigovernment antiharassment antilawyer antiloitering
        antimarriage antimiscegenation antinoise antiobscenity antipathy antipicketing antipollution antipolygamy
        antiproliferation antiquated antique antiquity antireligious antiretaliation antiretroactivity antiretroviral
        antiseptic antislavery antismuggling antisodomy antisolicitation antisuit antisuperfluousness antitheological
        antitrade antiunion antiwar anus anxieties anxiously anymore anyplace anytime anywise apace apartheid apathetic
        apathy ape aperture aphorism apiece apital apocalyptic apogee apologetics apologized apology apothecaries
        appalled appalling apparatuses appea appeased appellation appellations append appendage appendages appendectomy
        appending appertain appetite appetites appl applaud applauded applauds appli applie apportionable apportionments
        apportions appraisals appraisement appraisers appraises appreciates appreciating apprehends apprehensive
        apprentice apprentices apprenticeship apprisal apprises apprising appropriators approvable approvals
        approximated approximations apps appurtenance appurtenances appurtenant apropos aptitude aquifers aragraph
        arbitrament arbitrated arbitrating arbitrations arc arched archetypal archetype archetypes architecture arcs
        ardently ardor areligious arely arenas arental arents areola arge argely argumentation argumentative
        argumentatively arid aris aristocracies aristocracy aristocratic arithmetic arithmetical aritime arly arma
        armaments armband armchair armored armories armory armpits armrest arouses arraign arraigning arraignments
        arrang arranges arranging arrayed arrays arrearage arrears arrestable arriage arriers arrivals arrogance
        arrogant arrogate arrogated arrogates arrogating arrogation arrows arroyos arsenals arsonists artful artfully
        arthritis articipation articularly articulations arties artifact artificialities artificiality artillery artisan
        artisans artist artistically artlessly artwork ary asbestos ascendancy ascendant ascendency ascending ascension
        ascent ascertains ascribable ascribes ascribing ascription ased ases ashamed ashen ashore asically asides asp
        aspe aspersion aspersions asphyxia asphyxiation aspirants aspirational aspires aspirin aspiring aspx ass assail
        assailing assails assassin assassinate assassinated assassinations assaul assay assayed assaying assemblage
        assemblages assemblymen assenting assents assersby assertable asses assessable assesses assessor assiduous
        assiduously assignable assignation assignees assignors assimilate assimilated assimilating assis assistive
        associative assorted assortment assuage assuaged assum assumedly assumpsit assur ast aste asterisk asthma
        astonished astonishingly astonishment astounding astray astride astronomical astute astutely asylums asymmetric
        asymmetrical asymmetry asymptomatic atavistic ate ated ately ater aterial atextual atheism atheist atheistic
        atheists ather athlete ation ational ations atmospheres atmospheric atom atomistic atomized atonement atop
        atrocity atrophy atropine att attac attackers attainments attaint attainted attemp attentive attentively
        attentiveness attenuate attenuates attenuating atters attestation attesting attic attraction attractions
        attrition attuned auction auctioned auctioneer auctioneers auctions audacious audible audiotapes audited
        auditoriums auditors auditory aught augmentation augmenting augments aunts aura auses auspicious austere
        auterfoits authentic authenticate authenticated authenticates authenticating authentication authenticity
        authorise authorised authoritarian authoritativeness authoriz authorships autocentric autocratic automatons
        automotive autonomously autopsies autre autrefois autumn auxiliaries availing availment avails avalanche avarice
        avenge averaged averaging averring averse averting averts avian avid aving avocation avove avow avowal avowing
        avows avulsions avulsive awaited awaits awaken awakened awakening awardable awe awful awfully awkwardly
        awkwardness awoke awry aws awyers axes aximum axioms axis axles ayment babies babysitter baccalaureate backbone
        backdated backers backfilling backfire backfired backing backlash backlog backlogs backpack backplate backseat
        backsliding backstop backwater backyard backyards bacteria badgered badgering baffled baffles baffling baggies
        bagging bailable bailed bailee bailees bailiffs bailiwick bailment bait baited baitfish baiting bake baked
        balanc baldly baldness bale baled balefill baleful bales balkanize balked balks ballistic ballistics ballroom
        balls baloney banded bandit bandshell baneful banged banging banish banished banishing banker bankruptcies
        bankrupting bankrupts banners baptism baptized barbaric barbarity barbecue barbed barbering barbershop
        barbiturates barebones bareheaded barest bargainor bargains barge barges barium bark barmaid barnyard barometer
        barracks barrage barratry barreled barricade barricaded barricades barrister barristers barroom barrooms
        bartender bartering barters bas baselines basements basics basins basketball baskets bastard bastards bastardy
        bastion bat batch bateaux bath bathhouse bathhouses bathrooms baths bathtub bats battalion battalions batter
        batterer batterers batteries battlefield battlefields battleground battlegrounds battling bawdy bayonet bayonets
        bea beachhead beamed bearable bearded beards bearers bearings beas beast beasts beats beautiful beautifully bec
        becloud becom bedding bedecked bedevil bedeviled bedevils bedience bedlam bedrooms bedsheet bedside beepers bees
        befall befell befits befitting befriended begets begetters beggar begged begging beginnings begot begotten
        begrudge begrudgingly beguiling behaves behaving behaviors beheaded beheading beholden behooves bein belabor
        belaboring beleaguered believ believability believable believer belittle belittles belittling belligerency
        belligerent belligerently belligerents bells bellum belly beloved belying bemoaned bemoaning benches bending
        bends bene benefactor benefactors beneficence beneficently beneficially benefitted benefitting benevolence
        benevolently benighted benignly benzodiazepines bequeath bequeathed bequest bequests ber berated bereave bereft
        berm berms bers berth berthed beseech bespeak bespoke bestiality bestirs bestowal bestowing bestows bet betokens
        betray betrayal betrayed betraying betrays bettered bettors betweene bevy beware bewildered bewildering
        bewilderment biannually biasing bibliography bicycles bifurcate bifurcating big bigger biggest bigot bigoted
        bigots bike bilaterally bilge bilingual bilinguals bilitation bility billable billfold billiard bin binary
        binders bingo binomial bins biographical biologically biologist biology bipolar birthdays birthmark birthplaces
        birthright births biscuit bistate bitch bites bits bitten bitterly bitterness biweekly bizarrely bizarreness bjs
        blackboard blackjack blacklist blacklisted blacklisting blacklists blackmail blackmailing blackouts blacksmith
        bladder blade blah blames blaming blanche blandishments blandly blanketed blanketing blankets blanks blasphemous
        blasphemy blast blasted blasting blazed blazing ble bleached bleak bled bleed bleeping blemish blended blends
        bless blessed blew blighted blinded blinders blindfolded blinding blinds blink blinked blinkered blinking blinks
        blissfully blithely bloated blockade blockaded blockades blockading blockage blockages blockbooking blocs blogs
        blooded bloodied bloodless bloods bloodshed bloodshot bloodstained bloodstream blossom blossomed blot blouse
        blower blowing bludgeon bludgeoned bludgeoning blueprint blueprints blunder blunderbuss blundered blunders
        blunted bluntly blunts blur blurred blurring blurry bmv boar boarded boarder boarders boardinghouse boardings
        boast boasted boastful boasting boasts boatlift bobtailed bodes bog boggles bogs boil boiled boilerplate boiling
        boisterous bolder boldest boldface boldly boldness bolstering bolsters bolt bolted bolting bolts bombardment
        bombed bombers bombings bombs bondage bonded bondholder bondholders bonding bondsman bondsmen bone bones bong
        bonos bonuses bony bookkeeper booklet booklets bookmaker bookmakers bookmaking bookmobile bookmobiles bookseller
        bookshop booms boon boost boosted boosting boot bootleg bootlegger bootlegging bootprint boots bootstrap
        bootstrapping bop bordered bored boring boroughs borrowers bosom boss bosses botched bothered bothering bothers
        bothersome bottled bottleneck bottomless bottoms bounden bounding bounties bounty bourgeois bourgeoisie bove
        bowed bowel bowels bowie bowing bowlders bowling bowls bows boxed boxing boycotted boycotters boycotting
        boyfriends bra bracing bracket bracketed bragged brains brainwashing brake brakes brakeshoes branding brandish
        brandy braska bravado brave bravery brawl brazen brazenly brea breaching breadwinner breaker breakers breakfast
        breakneck breakout breasted breasts breathed breathes breathtaking breathtakingly bred breech breeding breeds
        breeze breezeway breezily breezy bribed bribing bricklayers bricks brickyard bride bridged bridging bridle
        briefcase briefcases briefer briefest briefings brigaded brigades brighter brightest brightline brilliant brin
        brink bristled bristles broa broached broadband broadens broadside brokered bronchitis brooding brothel browns
        browse browsing bruise bruised bruising brunt brushing brutalize brutalized brute bsolute bsolutely bstention
        bubbles buccal bucket buckle buckled buckles buckling buckshot bud buddy budgetary budgeted budgeting buffeted
        bug bugged bugging buggy buildable builder buildup bulge bulkhead bulkheads bulky bullhorn bullhorns bully
        bullying bulwarks bump bumped bumping bunch bundled bundles bundling bungalow bungled bunk bunking bunks burde
        bureaucracies bureaucrat bureaucratically bureaucrats bureaus burgeoning burglarious burglarize burglarized
        burglarizing burgled burgling burly burner burners burnings burnt burst bursting burthened burthens bury burying
        bused bushel bushels bushes busiest busily businessperson busting butchered buts butt buttock buttons buttresses
        buttressing buzzer bviously bygone bypasses bystander bystanders cabaret cabarets cabdriver cabining cabins
        cablecast cabled cables cabs cache cachet cacophony cadena cadet cadets cadre cafe cages cajoled cake calamitous
        calamity calculable calculat calculates calculator calculators calendars calf calia calibrate calibrating
        calibration calibre caliper callers callings callousness cally calmed calmer calmly calories calumnies calumny
        cameramen camouflage camouflaged campaigned campaigners camper campground campgrounds camping canalized canals
        canard cancelation canceling cancellations cancelling cancels cancers candies candle candles candlestick candy
        canine canned canneries cannery canoe canonical cant canteen canvas canvasser canvassers canvasses canyons
        capias capiases capitalist capitalistic capitalists capitalization capitalize capitalized capitalizing capitally
        capitation capitulate capitulates caplet capper capping caprices caps capsule captains captioned captions
        captious captives captivity captor captors capturing caravan carcasses carcinogenic cardboard cardholder cardiac
        cardiovascular caregiver caregivers caregiving carelessly carelessness cares caretaker caretaking cargoes
        caricature caricatures carload carloads carmaker carnage carnal carnival carolers carols carotid carpentry
        carpet carpetbagger carpetbaggers carpets carriages carrie carrot carryover cart cartelization cartels
        cartographer cartographers cartographic carton cartoon cartoons cartridge cartridges carv carves carvings
        casebook caseload caseloads caseworker cashed cashiers casings cask casks cassette cassettes caste castes
        castigated castration casualties casuistry cataloged cataloging catalogs catalogued catalogues cataloguing
        catalyst catalytic cataracts catastrophe catastrophic catcher catches catching catchphrase catchwords catechism
        cated categorize categorizes categorizing cater caters catharsis cathartic cathedra catheters cation cats
        caucuses caus causality causally causative caustic cautioning cavalier cavalierly caveats cavil caving cavities
        cbo cbp ccording cdc cdrh ceaseless ceasing cedars cedes ceding ceedings celebrates celebrating celebrations
        celebre celebrities celebrity cellar cellars cellblocks cellmate cellophane cellular cements cemeteries censored
        censurable censured centering centimeters centralism centralization centralize centralizing centrally centric
        centrifugal centripetal centrist cept ceptional cer cerebral cers certainties certif certificated cervical cess
        cessante cessat cessions cetera cfm cgov chaff chained chaining chaired chairs chalkboards challeng chameleon
        champerty championed champions championship chancy chang changeable channelled chant chanted chanting chants
        chapels charade chargeability chariot charitably charm charted charterers chartering charting chary chased
        chases chasing chastise chastised chastisement chastises chastising chastity che cheapen cheapest cheaply cheat
        cheated cheating cheats checkbook checker checkerboard checkered checklist checkoffs checkout cheek cheekbones
        cheeks cheer cheered cheerfully cheerfulness cheering cheerleaders cheerleading cheers cheese chef chemically
        chemist chemotherapy cherish chests chewing chicanery chide chides childbearing childcare childish childless
        childrearing chills chimera chimerical chimney chipping chips chiropractic chisel chisels chlorine chloroform
        cho choateness choir choirs choke choked chokehold chokeholds choking chool chools choos chop chopped chopping
        chord chore choreographic chores chorus choses chromatogram chromatography chromosomes chronically chronicled
        chronicling chronologically chronology chs churn chuse chusing chutzpah cials cided cider cies cific ciphers
        ciples circa circled circling circuitous circuitry circularity circulates circulations circulatory circumcision
        circumference circumscribes circumscribing circumscription circumspect circumstanc circumstanced
        circumstantially circumven circumvents circus cise cised cisions cit citadel citadels citize cityscape citywide
        civically civics civility civilizations civilizing civill civilrightsproject clad clai clairvoyance clairvoyant
        clamor clamp clandestinely clanging clapped clapping clarif clarifications clarion clashed clashing classically
        classifiable classing classmate classmates classwork clea cleaned cleaner cleanliness cleanly cleanse cleansed
        cleansing cleanup clearcut clearcutting clearinghouses clearness clears cleavages clenched clerics clever
        cleverly cliche clientele climates climatic climb climbed climbing clinching cling clinging clings clinically
        clinician clinicians clip clipped clipping clippings clips cloaked cloaking cloaks clocks clogged clogging clos
        closeness closets closings closures clothe clouded clouds cloudy clout clown clubbed clude cluded cluding
        clumsily clusion clustered clustering clusters cluttered cmt cnn coached coaches coaching coalesce coalesced
        coalitional coalitions coarse coasting coasts coastwise coated coating coauthor coauthored cobbles cock
        cockfighting cockfights cockpit cocktail coconspirator coconspirators coconut coda coded codeine codif
        codifications codifiers coding coeducation coeducational coelo coerc coerces coercively coexisted coexistence
        coexisting cofelons cogency cogeneration cogenerators cognisance cognizability cognoscenti cohabit cohabitation
        cohabiting coherency coherently coheres cohesively cohesiveness cohort cohorts coil coincided coincidences
        coincident coincidental coincidentally coincides coinciding coindictee coindictees coined coins colder coliform
        collaborate collaborated collaborating collaboration collaborative collaborator collaborators collaps collapsed
        collapsing collarbone collated collating collectible collectivization collegial collided collides colliding
        collisions collocation colloquialisms colloquially colloquies collude collusively cologne colonials colonization
        colonoscopies colorably coloration colorblind colorblindness colorful colorfully coloring colorless colossal
        colour colporteurs columnist columns coma comalike comatose comb combatant combatants combated combative combats
        combatting combed combing combustion comedy comers cometh comforted comforting comforts comic comical comings
        comma commandee commandeer commandeered commandeering commandeers commanders commas commemorate commemorated
        commemorating commemoration commemorative commendably commendation commendations commending commends commenters
        commercialism commercialization commingle commissary commissioning committal committeeman committeemen
        commonality commonest commonlaw commonsensical commotion commotions communes communicable communicat communion
        commutation commutations commute commuter commuters commutes commuting compacting compan companionship
        companywide compar comparability compartmentalize compartmentalized compartments compassion compatibly
        compatriots compe compellable compellingly compendia compendious compendiously compensability compensations
        competed competencies competes competitions compilations compiles compiling compl complacency complacent
        complaisant complemented complementing complements completes complexes complexion compliant complicates
        complicating complication complicit comporting composer composers composes compositions compounding comprehen
        comprehending comprehensibility compressed compressing compression compulsions compulsorily compunction
        compurgation computational comrades concatenation concea concealable conceit conceives conceiving concentrates
        concentrating conceptional conceptualize conceptualized conceptually concer concessionaire conciliate
        conciliatory concisely conciseness conclusio conclusionary conclusiveness concoct concocted concocting concocts
        concomitantly concomitants concretely concreteness concurrency condemnable condemnations condemnor condensate
        condense condensed condescend condescension conditio conditioners condom condominium condoms condonation
        condones condoning conduc conduce conductive conductor conductors condui confe confectioners confederates
        confederating conferenced confesses confessional confessor confessors confide confidentially confides confiding
        configurations configure configured confin confinements confir confirmatory confiscate confiscating
        confiscations conflagration conflate conflated conflating conflation conformable conformably confound confounded
        confounding confounds confron confrontational confus confusingly confusions congenial congeniality congenital
        congeries congested conglomerate conglomeration congratulate congratulatory congregate congregated congregates
        congregating congregation congregations congruity conjoined conjunctively conjure conjured conjures conjuring
        connective connivance connot connoted connoting conquer conquered conquering cons consanguinity conscienceless
        conscientiousness consciousnesses conscript conscripted conscripting conscripts consecrate consecrated
        consecration consensually consequenc consequentially conservational conservationists conservatism conservatively
        conservatives conservators conserved conserves conside considerate consign consigned consignee consignees
        consigning consignment consigns consisten consolation console consoles consolidates consolidations consonance
        consort conspir conspires constables constancy constellation consternation constitut constitutiona
        constitutionalization constitutionalized constitutionalizes constitutionalizing constraining constrict
        constricting constriction constrictive constricts constru constructs consuetudo consultants consultative
        consults consumes consummate consummating consumptive cont contacting contagion contagiousness containment
        contaminate contaminates contaminating contemner contemners contemnor contemnors contemporaneity contemporaries
        contemptible contender contenders contented contentment contestable contestant contestants contextually
        continents contingently contingents continu continuances continuingly contort contorted contortion contortions
        contorts contour contraction contractions contradictorily contradistinction contradistinguished contraindicated
        contraindicating contraindication contrariety contravening contribut contributio contributorily contrition
        contrivances contrive contrives contriving contro controllable controul controversion controvert controverting
        controverts contumacious contumacy contusions conundrum convalescents conve convenes conveniences converge
        converged convergence converging conversant conversational conversed conversing converso converter converters
        convertible convictio convoluted convulsions coo cooked cookie cookies cool cooled cooler cooling cooperates
        cooperatively cooperators coordinates cop coparticipant coparticipants copartners copetitioner copetitioners
        copier copilot coping copious copiously coplaintiffs copresident cops copulation copyist copyrightability
        copyrightable cordially cordon cordoned cords cores cornered cornerstones cornfield corollaries coronary coroner
        coroners corporately corporeal corpse corpses corral correctable correctives corrects correlates correlating
        correlations correlatively corresponded correspondent correspondents corroborates corroded corrosion corrupted
        corruptible corruptions corruptive corrupts cortex cortical cosmetics cosmopolitan cosponsor cosponsored
        cosponsors costing costless costlier costume coterminous cotrustees cottage cottages cottonseed couches couching
        cough couldnot councilmanic councilmembers councilmen councilors counse counselled counsellors countenances
        countenancing counteracted counteracting counteracts counterargument counterarguments counterbalance
        counterbalancing countercharges counterclaimant counterevidence counterexamples counterfactual counterfeited
        counterfeiters counterfeiting counterfeits countering counterintuitively countermajoritarian countermand
        countermanding countermands countermeasures counteroffer counterparties counterparty counterspeech countersued
        countertextual counterweight countr countrymen countryside coup coupling courageous couriers courteous
        courteously courtesy courtforms courtmartial courtrooms courtsmartial courtyard covenantor coverages coveralls
        coverings covertly coverture coverup covet coward cowardice cowardly cowards cowed cowing coworker coworkers
        cows crabbed crackdown cracked cracking crackpot cracks craftsman craftsmanship craftsmen craftworkers crammed
        crap crashed crashes crashing crates craving crawl crawled creat creations creatively creators creatur creches
        credentialed credentialing creditable crediting creditworthiness creditworthy credulous creedal creep crept
        crescendo crest crews cried cries criminalization criminate criminating crimination criminative criminatory
        criminologist criminologists cringe critic criticality critiques critiquing crock crocodile crocodiles crooked
        crossfire crossings crossovers crosswalk crosswires crouched crowding crowning crucially crucifix crucifixes
        crucifixion crudely cruelly cruelties cruise cruiser cruisers cruising crumble crumbled crumbles crumbling
        crumbs crumpled crusade crusaders crusades crushed crushes crushing cryptically cryptographic crystalline
        crystallize crystallized crystals cting ction ctions ctivities cts ctual ctually cube cubes cue cues cuff cuffed
        cuffing cuique cuit culinary cull culled culling culminate culminates culpably culprit cultivat cultivated
        cultivating culturally cultures culvert culverts cumstances cumulatively cunnilingus cunning cup cupboard
        cupboards cur curable curare curariform curat curative curbed curbing curbs curbstone cures curettage curioe
        curiouser curl curred currents curricula curricular curriculums curring currying curse cursed cursing cursorily
        curtain curtains curve curved curves curving cused cushion cushioning cussing cutback cutoffs cutout cutouts
        cyanide cycles cyclical cylinder cylindrical cynical cynicism dad dads dagger dah dailies dairyman damn damned
        damnified damning damnum dampe dampen dampened dampening dampens dancer dances dangling dare dared dares daresay
        daring darkened darker darkly darkness darn darned dashboard dashed dat datum daunting dawn daycare daylight
        dayroom dayrooms dazzling dditional deacon deactivated deadbeats deaden deadliest deadlock deadlocks deafening
        deafness dealership dearest dearly deathpenalty deathpenaltyinfo debaistnes debar debarred debase debased
        debasement debases debasing debat debatability debauch debauchery debenture debentures debet debilitate
        debilitated debris debunking decapitated decay deceitful deceives deceiving decencies decennially
        decentralization decentralize decentralized deceptions deceptiveness decertified decertify decertifying decibel
        decicis decid decidendi decimate decipher deciphering decisio decisiveness decks declar declarants declarative
        declassified declassify declin declination decomposed decontrolled decorate decorated decorates decorating
        decoration decorous decoupled decried decries decriminalization decriminalize decry decrying ded dedicate
        dedicates dedicating dedications deduce deduces deducible deductibility deeded deemer deepen deepened deepening
        deepens deepest deer def deface defaced defacement defaces defacing defalcation defamations defame defamed
        defamer defaming defaulting defe defeasance defeasible defecated defences defenseless defenselink defensively
        deferentially deferment deferrals defiant deficiently defile defilement defiling defin definitionally deflates
        deflected deflecting deflection deflects deformed deformities defrauding defrauds defrayed defraying deft
        defunct defund defunding defuse defying degeneracy degenerate degenerated degenerates degraded degrades dehors
        dehumanizing dehydration deign deinstitutionalization deism deists delegatee deletes deletions deliberat
        deliberated deliberateness deliberating delicately delicious delicti delicto delicts delighted delimi delimiting
        delimits delineat delineates delinquencies delinquents delive deliverability deliverance delousing deluded
        deluding deluge deluged deluging delusion delusional delusive delve delving dem demarcate demarcated demarcating
        demark demarks demea demeaned demented dementia demerit demerits demerol democracies democratizing demographer
        demography demolish demolished demolishing demolition demonstrat demonstrative demonstrator demoralization
        demoralize demoralized demoralizing demoting demotions demur demurring denationalize denaturalize denaturalized
        dence denie denigrated denigrates denigrating denigration denizen denominate denominates denominating
        denominationally denoted denoting denounce denounces denouncing dense densely densities dentist dentistry
        dentists dentures denunciation denunciations denverda deodand depar departmentalized dependability dependable
        dependably dependant dependants depic deplete depletes depleting deplorable deplore deplored deploring deploy
        deployed deploying deponent deportations deporting deportment depose deposed depositaries depositary depositing
        depositor depositories depositors depository depot depots deprave deprecate deprecating deprecatory depreciate
        depreciated depredation depredations depress depressant depresses depressing depressive depriv deprival depths
        depublished deputed deputes deputized derailed derailment deregulated deregulating deregulatory derelict
        derelictions deride derided derides deriding derision derisive derisively deriv derivable derivation
        derivatively derivatives derogated derogates derogating descedent descended descendent descendents descending
        descends descrambler describ descriptively descriptiveness desecrate desecrated desecrating desegregated
        desegregating deserters deserts deservedly desideratum designat designedly designee designees designer designers
        desirably desirous desked desking desks despair desperately desperation despicable despised despoil despoiled
        despot destabilize destabilizing destinations destinies destitute destitution destory destro destroyers
        destructible desuetude detachable detaches detachment detainer detains detariffing detectors detects detergent
        deteriorate deteriorated deteriorates deteriorating determin determinacy determinants determinatio determiner
        deterrents detest detested detonation detours detracted detracting detractors detribalization detrimentally
        detriments deus devaluation devalue devalued devalues devaluing devastated devastatingly devastation develo
        developmen developmentally devested deviates devious devisees devises devitalization devolution devolve devolved
        devolves devolving devotedly devotees devotions devour devours devoutly dexterity dhs diabetes diabetic diagnose
        diagnoses diagnosing diagram diagrams dialect dialectic dialectical dialing dialog dials dialysis diameter
        diametrically dian diaphanous diarrhea dichloropropionanilide dichromate dictation dictator dictatorial
        dictatorship dictatorships diction didates diem dietetic diethylamide differentially differentiations diffidence
        diffuse diffused diffuses digested digestion digestive digests digging digit digitized digits dignify
        digressions dikes dilapidated dilate dilated dilatoriness dilators dilatory dilut dilutant dim dime dimensional
        diminis diminishe diminutive dimly dimmed dims dine ding dinners dint diocesan dip diplomacy diplomas diplomat
        diplomats direc directional directness directorates directories directorship dirt disabl disables disabused
        disadvantageously disadvantaging disaffected disaffection disaffiliate disaffirm disaggregate disagreeable
        disallows disappearing disappoint disappointing disappointment disappointments disapprobation disapprov
        disapprovals disarmament disarms disarticulation disassembled disassociate disassociated disassociating
        disassociation disassociative disasters disastrously disavowing disband disbanded disbar disbarring disbeliefs
        disbelieve disbelieved disbeliever disbelieving disburses disc discernable discernibly discernment discerns
        discharg dischargeability dischargeable discharger dischargers disciplinarian disciplines disclos disclosable
        discoloration discomfiture discomforting disconcerting disconnect disconnection discontent discontinu
        discontinuation discontinuing discontinuity discontinuous discordant discountenance discouragement discourses
        discourteous discoverer discrediting discredits discreet discretely discreteness discretionless discriminat
        discriminatee discriminatees discriminately discriminator discriminators discs discursive disdain disdains
        disembarked disembarking disembodied disemboweled disemboweling disempowering disenchantment disenfranchise
        disenfranchised disenfranchisement disenfranchising disentangle disentangled disentangling disentitle
        disentitled disentitles disestablish disestablishing disfavorable disfigured disfigurement disfiguring
        disfranchise disfranchised disfranchisement disfranchising disgorge disgorgement disgraced disgraceful
        disgruntled disguises disgust disgusting dish disharmonies disharmony disheartening dishes dishonestly
        dishonorably dishonored dishonoring dishonors disillusion disinclination disinclined disinfectants disinfected
        disingenuously disintegrate disintegrating disintegration disinterest disinterestedness disjointed disjunction
        disjunctively disliked dislikes dislocated dislocation dislocations dislodge dislodged dismantle dismantled
        dismantles dismay dismayed dismaying dismember dismembered dismembering dismemberment dismissive dismissively
        disobedient disobeys disordered disorganization disorganized disoriented disown disparaged disparages
        disparagingly disparately dispassionate dispassionately dispatcher dispatches dispatching dispelling dispels
        dispensations dispenser dispensers disperses dispersing dispiriting displac displeased displeasing dispos
        disposable dispositively dispossess dispossessed dispossession disproof disproportion disproportional
        disproportioned disproportions disproves disputable disputants disqualifies disquiet disquieted disquieting
        disquietude disquietudes disquisition disregar disrepair disreputable disrespected disrespectfully disrespects
        disrobe disrobed disrup disruptions disruptiveness dissatisfactions dissect dissecting dissection dissects
        disseised disseized dissemble dissembling disseminates disseminator disseminators dissen dissension dissensions
        dissentient disserved disserves dissidents dissimilarities dissimilarity dissipates dissipating dissipation
        dissociated dissociation dissolute dissolves dissolving dissonance dissuaded dissuades dissuading distanced
        distantly distill distillation distiller distillery distinctio distinctiveness distinctness distinguis
        distracting distractions distracts distrain distraught distressingly distribut distributee distributees
        distributers distributional distributively distributorship districted districtwide distrusted distrustful
        disturber disturbingly disturbs disuniformities disuniformity disunited disuse disutility dition ditional
        ditions diverged divergences diverges diverging diversification diversified diversify diversifying diversities
        diverts dives divesting divestment divests dividend divination divined divines diving divining divisibility
        divorces divorcing divulged divulgence divulging dizzying dlhwc dministrative docent dockage docked docketing
        docking docks doctrinally documentaries dodger dodgers doer doers doesnot doff doffing dogfight dogfighting
        dogged dogging dogmas dogmatic dogmatism doings dol domains domesticate domesticated domestication domestics
        domiciles domiciliaries domiciliary dominancy dominantly dominates dominating domino dommage donates donating
        donee donned donning doom dooms doomsday doorbell doorbells doorjamb doorstep doorway doorways dope dorm
        dormancy dormitories dormitory dosages dossier doth doubles doubling doubtfully doubting doubtlessly doused
        dovetail dovetailed dovetailing dower downfall downgrade downgraded downgrading download downloaded downloaders
        downloading downloads downplayed downplays downright downside downslope dpscs dra draftee draftsmanship drag
        dragging dragnet drags drained drama dramas dramatization dramatize dramatized drank drawback drawbacks drawer
        dread dreaded dreadful dream dreamed dreamer dreams dreamt dreidel dresser dresses dressing dried dries drift
        drifted drifter drills drinkers drinks dripping driveways dropout dropouts dropping dross drought drovers drown
        drowning drowns drowsiness drugged drugging druggist druggists drugstore drugstores drum drummers drunkards
        drying dtic duality dubbed dubiously dubitante ducation duced ducking ducks ducts dude dueling duffel duffle dug
        dulcet dull dulled dumb dump dumped dumps dumpster dunk duped dupes duplicating duplicitous durability durable
        dust dusty dut dutiable dutiful dutifully dwarf dwarfed dwarfs dwelled dweller dwellers dwells dwelt dwindled
        dwindling dyed dyestuffs dynamically dynamism dynamite dynastic dynasty dysfunctional dysfunctions ead eading
        eagerly eagerness eal earches earmark earmarking earmarks earnable earnestness earphones earring earrings
        earshot earthly earthquake eased eases easing easonable easonableness easoned eastbound eastward eaten eath eats
        eavesdrop eavesdropped eavesdropper ebbed ebbs eccentric eccentricities eccentricity ecclesiastic echelon
        echelons echnical echoing ecision ecisions eclectic eclipse eclipsed ecognition ecognizing ecology econd
        economist economists economize ecosystem ecstasy ect ection ections ectopic ecumenical eddies edged edicts
        edification edifice edit editorialize editorialized editorially edits educable educates educationally educations
        educative educators eeoc efendant efendants efense eference effec effectuat efficaciously efficaciousness
        efficiencies effluent effluents effrontery efusing egal egalitarian egardless egative eginning egislation
        egislative egislators egislature egislatures egitimate ego egos egregation egregiousness egress egulation
        egulations eing eject ejected ejecting ejection elaborates elaborations elapse elapses elasticity elated elating
        elay elbow elbowroom elbows eldest electorally electorates electrician electricians electrification
        electrocardiogram electrocardiograph electroconvulsive electrocute electrocuted electrocutioner electrocutions
        electromagnetic electronically eleemosynary elegance elegant elegantly elemen elephant elephants elevant
        elevates elevating elevations elevators eliability eliance eliberate elicitation elicits elid elide elided
        elides elief eligib eligion eligious eliminat elision elites ell ellipses ellipsis elliptical elongated
        eloquence elucidates elucidating elucidation eluded eludes eluding elusiveness elusory email emanate emanated
        emanates emanation emanations emancipated emancipation emasculate emasculated emasculates emasculating
        emasculation embankment embargoes embarks embarrass embarrassingly embarrassments embassies embed embellish
        embellished embellishing embellishment embers embezzle embezzled embezzler embezzlers embezzles embezzling
        emblazoned emblematic emblems embod embodiments embolden emboldened embolism embossed embrac embracive embroil
        embroiled embroilment embryo embryonic ement emergent emetic emigrants emigrated eminence emissaries emissary
        emitters emolument emotionalism emotive empanel empaneling empanelled emperors emphases emphasiz emphysema
        empires empiric employability employable employe employments emporary emptied emptiness emptor emptyhanded
        emptying emulate emulated emulation enabl enactors enalty encapsulate encased ence encircle encircles enclaves
        enclose encloses enclosing enclosure encomiums encountering encourag encouragements encreased encroaches
        encrusted encryption encumber encumbered encumbering encumbrance encumbrances encyclopedic endear endeavour
        endemic ender endlessly endors endorser endowing endows endpoint endurance endures eneral enerally energetic
        energetically enervate enf enfeebled enfeebling enforc enforcer enforcers enforcible enfranchise enfranchised
        enfranchisement enfranchising engag engagements engendering engenders engines engrafted engrafting engraftment
        engrafts engrained engraved engraving engravings engrossed engrossing engulf enhanc enhancer enigma enigmatic
        eniority enjoinable enjoyable enlarg enlargements enlarges enlightening enlightenment enlistees enlisting
        enlists enmesh enmeshed enmities enmity enquire enquired enquiries enquiring enrich enriched enriches enrollees
        enrollments enrolls ensconced enshrine enshrinement enshrines enshrining enslave enslaved enslavement enslaving
        ensnare ensnared ensues ensur ent entai entailing entangle entanglements entangling ente enterpriser
        enterprising entertainers entertainments enthrone enthroned enthusiasm enthusiastic enthusiastically enthusiasts
        entice enticed enticement enticing ently entourage entral entrants entrap entrapment entrapped entreaties
        entreaty entrench entrenches entrenching entrenchment entrepreneur entrepreneurial entrepreneurs entwined
        enumerations enumerators enunciate enunciates enunciating enunciation enure enveloped envelopes enveloping
        envelops enviable environing environmentalists environmentally environs envisage envisages envisioning envy
        enzyme eople epa eparation epeal ephemerally epic epidemics epidermal epigram epileptic episodic epistemology
        epithet epithets epitome epitomized epitomizes epoch epochal eponymous eportation eports eprives equaled
        equalized equalizes equalled equanimity equat equations equilibration equilibrium equipments equipopulous
        equipping equir equiring equivalency equivalently equivocally equivocated equivocation eradicated eras erases
        erasing erasure erections erely erhaps eriodicals erious ermanent ern ernment erodes eroding erosive erotica
        erotically eroticism errand errant erratically erring ers ersatz ersonal ersons ertain ertainly erty erupt
        erupted ery escalate escalated escalator escapade escapades escapees escheatable escheated escheats eschew
        eschewing eschews escort escorted escorting escrowed ese esearch esigned esolution esort esoteric espect espite
        espondent espondents espousal essayed essentiality establis establishe esteemed estimable estimations estimony
        estop estranged estrictions ests estuaries etched etermination etermining eternal eternally eternity ethic
        ethically ethicoscientific ethnically ethos etiquette etitioner etitioners etlands etroactive etroactivity etto
        eugenic eugenics euphemism euphemistic euphemistically europa eutrality evacuate evacuated evader evades evaluat
        evaluative evaluator evanescent evangelism evangelist evangelistic evangelists evant evaporated evaporates
        evaporation evasions evasively evenings eventualities eventuality eventuate eventuated eventuates everal everie
        everlasting eversal evict evicted evicting evidenc evidential evidentially evilly evinc evincing eviscerates
        eviscerating evisceration evocative evoke evoked evokes evoking evolves ewsmen exacerbating exacerbation
        exaggerate exaggerates exaggerating exaggeration exaggerations exalt exaltation exalting exalts examin
        examinable examinee exasperation excavating excavations excel excelled exceptio exceptionable excerpted
        excerpting exchanging excisable excising excision excitements exciting exclaim exclaimed exclaims exclamation
        exclu exclud excludability exclusio exclusiveness excrement excrete excreted excretion excruciatingly exculpate
        exculpated exculpates exculpating exculpation excursion excursions excursus excusal executes executioner
        executory executrix exemplif exemplification exemplify exemplifying exemptive exer exercis exercisable exertions
        exhale exhibitor exhibitors exhort exhortations exhorted exhorting exhorts exhume exiled exiles exis exited
        exiting exits exogenous exonerating exonerees exorcised exotic expanse expanses expansions expatriate
        expatriated expatriates expectable expectancies expectant expectantly expectatio expedience expediently
        expedients expediters expeditions expelling expendable experimented experimenting expertness expiring expiry
        explainable explicable explicate explicated explicating explications explicitness explode exploded exploding
        exploitative exploiters exploitive exploits explorations exploratory explores exploring explosion explosions
        exponent exponential exponentially exporter exporters expos expositions expositor expositors exposures expounds
        expres expresse expressiveness expressway expropriate expropriated expropriating expropriation expropriations
        expulsions expunge expunged expungement expunging expurgated expurgatory exquisite extemporaneous exten
        extensiveness extenso extents extenuate extenuation exterminate extermination externalities externally extinct
        extinguisher extinguishers extinguishes extinguishing extirpated extirpating extirpation extol extolled
        extolling extorted extorting extortionate extortionist extortions extrac extraconstitutional extractable
        extractions extracts extradite extradited extrajudicially extralateral extralegal extramarital extrapolated
        extrapolates extrapolating extrarecord extras extrastatutory extraterritorially extratextual extravagance
        extravasated extravasation extraverdict extremities extremity extricate exual exudes eyebrow eyed eyeglass
        eyeglasses eyelashes eyesight eyesore eyond fabled fabricating fabrications fac faceless faceted facetious
        facias facilit facilitat facilitative facit facsimile factbound factional factions factored factoring faddish
        fade fades fading fai failsafe faint fainted fainting faintly fairgrounds fairs fait faithfulness faithless fake
        faking fal fallacies fallibility fallible fallout fallow falsif falsification falsified falsifies falsify
        falsifying falter falters fame famed familiarize familiarizing familiarly famine fanatic fanatical fanatics
        fancied fanned fans fantasies fantastic fantastical fantasy faraway farce farcical fared farfetched farflung
        farmed farmhouse farmworkers farreaching farsighted farthest fascinating fascination fascism fashionable fasten
        fasteners fastening fastest fastidious fastidiously fasting fasts fat fatality fated fateful fates fatherhood
        fathoming fatigue fats fatuous faulting faultless fauna faux favorem favorites favoured favours fax faxed faxes
        fbi fda fealty fearing fearlessly feasibly feasors feasts feathers featur featuring fec fecal federalization
        federalize federalized federalizing federative feebleminded feebleness feebly feedback feedbacks feeder feeds
        feign feigned feigning feint felicitous fellatio felled felling fellowships feminine femininely feminists fenced
        fencing fend fendant fender fending fense ferae ferment ferocious ferocity ferred ferries ferrovanadium
        fertility fertilization fertilized fertilizers fervent fervently fervor fester festering festivals festive
        fetched fetish fetishism fetter fettered fettering fetters fetuses feud feudalism feuding feuds fever feverish
        fewest ffect ffective ffenses fficers fiber fiberglass fibers fication fickle fictional fictionalization
        fictionalized fictions fictive fides fied fiel fierce fiercely fiftieth fighter fighters figurative figuratively
        figuring filament filberts filekeeping filers filesharing filial filiation filmed filming filtered finalized
        financier finders finer finespun finesse finest fingernail fingernails fingerprinted fingertips finicky fining
        finish finisher finishes finite fir firear firebricklayers firefighter firefighting firelock fireman firepower
        firewalls firings firmament firmest firmness firsthand firsts fisherman fishpond fissure fist fistic fisticuffs
        fists fittingly fixation fixers fixture fka flabby flagellation flagged flagging flagrancy flagship flamboyant
        flame flames flammable flanked flare flared flash flashed flashing flashlight flashpoint flatten flattering
        flattery flaunt flaunted flavor flawless flawlessly flea fledged fledgling flees fleets fleshed fleshing flew
        flex flexing flick flickering fliers flimsiest flimsy flinching flip flirt flirts float floated floats flock
        flogging floggings floodgates floodings floodplain floorboard floors flora floral florid floterial flourished
        flourishes flourishing flouted flouts flowage flowering flown flu fluctuate fluctuated fluctuates fluctuation
        fluent fluidity fluids flung fluoroscopes flurry flush flushed flux foam foaming focal focu fodder foe foes
        foetus foggy foia foil foiled fois foist foisted foisting folded folder folio folks follo follower followup
        folly foment fomenting fond fondled fondles fondling font foodstuffs fool fooled foolhardy fooling foolishly
        foolishness foolproof fools footage footed foothold footling footnoted footprints footwear foray forays forbear
        forbearing forbears forc forcefulness forcement forceps forearm forebear forebears forebodings forecasts
        foreclos foreclosures forefathers forefront foregone forehead foreknowledge forenoon foreordained forepart
        foreperson foreseeably foreseeing foresees foreshadow foreshadowing foreshadows foreshore forestalled
        forestalling forestalls forested forethought forewarn forewarned forewent forewoman forgave forgeries forges
        forgetful forgetfulness forgetting forging forgiven forgiveness forgiving forgoes forgot formalis formalisms
        formalistically formalize formalizing formations formats formatting formless formulaic formularies formulary
        formulates formulators fornia fornication forsake forsaken forsakes forsaking forsooth forswear forswearing
        forsworn forthright forthrightness fortification fortifications fortifies fortify fortitude fortress forts
        fortuities fortuitously fortuity fortunate fortunately fortunes forwarder forwarding forwards fossa fossil foste
        foul founder foundered founds fountainhead fountains fourfold fours foursquare fowl foxes foyer fracas
        fractionated fractionation fractions fractious fracture fractured fractures fracturing fragile fragment
        fragmentary fragmentation fragmenting fragments frail frailties frailty franchised franchisee franchising
        franchisor frankness frantic fraternities fraternity fraudster fraudsters fray frayed fre freakis freakish
        freedmen freehold freeholder freeholders freelance freer freestyle freeway freeways freezer freezes freighted
        freights frenetic frenzied frenzy frequented frequenting freshener freshest freshet freshets freshly freshmen
        freshness freshwater frets frictions friendless frieze fright frighten frighteningly frightful fringes frisked
        frisking frisks frittered frivolity frivolousness fro frolic fromthe frontage frontal fronter frontiers fronting
        fronts frowned frowns froze frugal fruitful fruition frustrat frustrations frying ftc ften fueled fueling
        fugitives ful fulcrum fulfil fulfilment fullness fulltime fumes fun functio functionality functionaries
        functionary fundamentalist fundamentalists fundamentality funerals funnel funneled funneling funnels funny
        furiously furlough furloughed furloughs furnaces furnishings furor furs furthe furthermost furthest furtive
        furtively fuse fused fusing fuss fussiness futilities futuro fuzzy gadget gadgets gag gagged gainer gainfully
        gainsay gainst galleon galleries galling gallows galvanized gambit gamesmanship gander gangster gangsters
        gangway gantlet gao gaol gaoler gaping garages garbed garbled garde garden gardening garnered garnering garners
        garnish garnished garnishee garnishments gasket gasohol gasping gasses gastrostomy gated gatekeeper gatekeepers
        gatekeeping gatemen gatherer gatherers gatherings gauges gauntlet gauzy gays gaze gear gears gel gelatin gelt
        gem gency genders genealogy generalizable generalize generals generative generator generics generosity genes
        genital genocide gentle gentleness gentlest gently gentrification genuineness genus geology geometric germ
        germaneness germs gestation gestures getaway ggravating ghost ghosts giants gibbets gifted gigabytes gigantic
        gild gilded gime ginia gins girlie giv giveaways giver givers giveth glad gladiators gladly glamorous glamour
        glanced glancing glare glaringly glassine glaucoma glean glib glibly glide glimmer glimpse glimpses glitch
        globally gloomy glorification glory glossed glosses glossing gloves glowing gnat goat goatees goats gobbles
        godfather godhatesfags godparents gods goings goldfish gonna goodfaith goodness goodtime gorge gory gossamer
        gossip gouged gouging goverment governorship govinfo grab grabbing grabs gracious graciously gradation
        gradations grader graders gradualism graduating graduations graffiti graft grafted grafting grafts grained
        graining grains gram grammar grammarians grammatically gran granary grandchildren grandfathered grandfathering
        grandfathers grandiose grandson grandsons grantmaking grantor grantors granular grapefruit grapes graph
        graphical grappled grapples grappling grasping grasps grass grassroots grateful grates gratification gratify
        gratifying gratis gratitude gratuities gratuitously gratuity graven gravesite graveyard gravitate gravitated
        gravitational graze grease greases greatness greed greedy greenery greet greeted greeting greets grenade
        grenades gress gressional grey grid grids grief grievant grievants grieve grieved grievously grill grilled
        grimacing grin grind grinder grinding grip grisly grist gro grocer groceries grocers groin groomed grooming
        groping grosser grossest grossing grotesque grou groun groundbreaking groundwater groundwork grouper grouping
        groupings grouse grower grudge grudging grudgingly grue gruesomeness grumbling guarante guarantor guarantors
        gubernatorial guerilla guerrilla guerrillas guessed guesses guidepost guilds guile guileful guiltless guises
        guitar gullible gum gument gunfire gunman gunmen gunshots guru gut gutted gutter gutting gym gymnastic
        gymnastics habitable habitation habituated hack hackmen hacks haec hail hailed hailing hails haircut haircuts
        haired hairs hairsplitting hairstyle halfhearted halfheartedly haling hallowed hallucinations hallucinogenic
        hallways halting halts halves hammered hammers hampers hamstring hamstrings hamstrung handbag handbags handball
        handbillers handcuff handcuffing handedly handedness handicapping handiwork handles handmaiden handprint
        handsome handwritten handy hang haphazard haphazardly hapless happenings happier har harangue harangues
        harassers harasses harbinger harborage harbored harboring hardback hardcore hardening hardest hardihood
        hardiness hardwood hardworking hark harkens harmfully harmfulness harmoniously harmonized harmonizes harmonizing
        harried harrowing harrows harvested hash hashish hassle hast hastened hastens hasty hatched hatcheries hatchery
        hatches hatchet hated hateful hatefully hatreds hats haughty haulage hauled hauling haunt haunted haunting hav
        havoc hawkers hawking haystack hazarding hazier hazy headache headaches headdress headgate headgear headings
        headlight headlights headlined headlines headlong headroom headwaters headwear heady healed healers healthier
        heap heare hearer hearers heartbeat hearted heartedly heartened hearth heartily heartland heartless hearty
        heater heats heaven heavenly heaviest hectic hedged heeding heedless heedlessly heel heeled heels heft hefty
        hegemony heighten heightens heinousness heist hel heldthat helicopters hell helper helpfully helplessly
        helplessness hemic hemorrhage henever hepatitis herbicidal herbicide herbicides herd herders herds hereditary
        hereinabove heresies heresy heretical hereunto herever hermetic hermetically hernia hero heroic heroism hers
        hesitance hesitancy hesitates heterogeneity heterosexual heterosexuals hew hewed hewing hews hexafluoride heyday
        hich hid hideous hief hierarchical highlighting highwall hijacked hike hiking hildren hilt hinde hindrances
        hinging hings hink hinting hip hippie hippies hir hirees hireling hires hirings hitched hitchhiker hitchhiking
        hits hitting hoard hoarding hoary hobble hobbled hodgepodge hog hogs hoisted hoisting hol holdout holdover
        holdup holes holistic holler hollowness holster holstered homage homecare homed homegrown homelands homeless
        homelessness homelife homely homemade homesteader homesteaders homesteads hometown homework homoerotic
        homogeneity homogeneous homogenous hone honey honeymoon hono honorably honoraria honorarium honour honourable
        hooded hoodlum hook hooked hopeful hopefully hopelessness horizon horizontally hornbook horns horrendous
        horribly horrid horrific horrified horrifying horror horrors horseback horseplay horsepower horses horseshoe
        hortatory hospitable hospitably hospitality hospitalizations hospitalize hostages hosted hosting hosts hotline
        hotlines hotter hould hound hounded housands houseboat houseboats housebreaking householders housekeeping
        housemate housewares hover hovered howling howsoever hreats hree hrough hroughout hrsa https hubris hue hugely
        hulk hulls humanely humanism humanize humanizes humanizing humankind humanly humblest humbly humiliate
        humiliated humiliations humility humor humorist humorous hunch hunches hundredths hunger hungry hunted hunters
        hurled hurling hurricanes hurriedly hurry hurrying hurting hurts husbanding husbandry hydrant hydrants
        hydrocarbon hydrochloride hydroelectric hydrofluorocarbons hydrogen hydrographic hydrological hydromorphone
        hydroxyzine hygiene hygienic hygienist hymn hymns hyoid hyperactivity hyperbolic hypertechnical hypertension
        hypnotically hypocrisy hypocritical hypodermic hypothecated hypotheses hypothesize hypothesizing hysical
        hysterectomy hysteria hysterical hysterotomy iafis iberty ibi ical ication iceberg iced icing icy idazolam
        idealistic idealized ideally identif identifiability identifier identifiers ideologically idiocy idiom
        idiosyncracies idiosyncrasies idiot idiotic idiots idleness idlers idly ied ies ife ifferential ifs igh igher
        ighly ight ights ignificant ignite ignited ignition ignoble ignominious ignominy ignor iii ike ilitary ility ilk
        illegalities illegitimately illegitimates illiberal illicitly illiteracy illiterates illogic illogically ills
        illumine illumined illusions illustrating illustrious imager imagery imaginations imaginative imaginatively
        imagines imaging imagining imaginings imbalanced imbalances imbecile imbeciles imbecility imbue imbued ime
        imilar imilarly imitate imitated imitating imitations imiting immateriality immeasurable immeasurably immensely
        immerse immersed immersion immigrant immigrate immigrated immigrating imminently immobile immobility
        immobilization immobilized immoderate immolation immoralities immortal immortality immovable immuniz
        immunization immunizations immunizing immutability immutably impacted impacting impai impalpable impanel
        impaneling impanelled imparted imparting imparts impassable impasse impassioned impatience impatient impeachable
        impeaches impeachments impeccable impecunious impecunity imped impel impels impenetrable imperatively
        imperceptible imperceptibly imperfection imperfectly imperialist imperiling imperilled imperils imperious
        imperiously imperium impermeable impermissibility impersonating impertinence impertinent impervious impetuous
        impetuousness impingements impious impl implacable implant implantable implantation implanted implants
        implausibility implausibly impleaded implicat implicative implie implore implored impolicy impolitic
        imponderable imponderables importan importations importunate importune importuned importuning importunities
        importunity impos imposable impositional impossibly imposter imposters impotence impotency impound impounding
        impoundments impoverished impracticability impracticalities impracticality imprecisely imprecisions impregnable
        impregnated impresses impressible impressibly impressing impressionability impressionable impressionistic
        impressively impressment imprint imprinted imprints imprisonable imprisoning imprisonments imprisons
        improbability improbably improprieties improves improvidence improvisation improvise improvised imprudence
        imprudently impugned impugning impugns impulsive impulsivity impure impurities impurity imputability imputations
        imputes ina inaccessibility inaccurately inactions inactivity inadministrable inadverten inadvisable inal
        inanimate inappropriately inartful inartfully inarticulate inartistically inattentive inaudible inaugurate
        inaugurated inaugurates inauguration inbound incalculable incantation incanted incapacitate incapacitates
        incapacitating incapacitations incapacitative incapacities incarcerate incarcerating incarcerations incarnation
        incarnations incautious incendiary incensed incessant incessantly incestuous inched incidences incinerator
        incipiency incipient incision incisive incitation incited incitements incites inclinations incline inclosed
        inclosing inclosure includ includable includible inclusively inclusiveness incoherence incommensurate
        incomparable incomparably incompetently incompetents incompletely incompleteness incompletes incomprehensibility
        incomprehension inconclusiveness incongruent incongruities inconsiderable inconsisten inconsonant inconstant
        incontestability incontestable incontestably incontrovertible incontrovertibly incorporat incorporationist
        incorporeal incorrectness incorrigibility incorrigible increas incredibly increment incrementally increments
        incriminates incriminations inculcating inculpate inculpated inculpates inculpating inculpation incumbrance
        incurable incurrence incursions indebted indecision indecisive indefeasible indefeasibly indefensibly
        indefinable indelibility indelible indelibly indemnified indemnify indemnifying indentation indented
        indestructible indeterminable indeterminacy indexed indexes indexing indful indicat indicati indicium indicter
        indicting indicts indifferen indifferently indigence indignant indignantly indignation indignities indings
        indirection indirectness indiscernible indiscretion indispensability indispensably indispensible indissoluble
        indissolubly indistinct individualism individualistic individuality individualization individualize
        individualizing individuated individuation indivisibility indoctrinate indoctrinated indolence indolent indoors
        indorse indorsement indorsements indubitable indubitably induc inducted inductees inducting indulgent indulges
        industrialized industrious industrywide ine inebriated inebriation ineffable ineffectively ineffectually
        inefficacious inefficiencies inelastic inelegant ineluctably inept ineptitude inequitably inert inevitabl
        inexact inexactness inexcusably inexhaustible inexpedient inexperienced inexplicit inexpressible inextricable
        infallibility infamy infanticide infants infeasibility infeasible infecting infection infections infectious
        infects inferable inferential inferentially inferiors infertility infestation infested infidel infidelity
        infiltrate infiltrated infiltrating infinitesimal infinitum infirmary inflame inflamed inflammable inflatable
        inflate inflates inflating inflationary inflection inflexibility inflexibly inflic inflictions influenc influx
        infor infrajudicially infrared infrastructure infringers infuse infused infuses infusion infusions ingeniously
        ingenuous ingenuously ingest ingested ingesting ingestion ingly ingrafted ingratiate ingress ings inhabit
        inhabitancy inhered inheritability inheritable inheritances inheriting inheritors inherits inhibitions
        inhibitory inhospitable inhumanity iniquities iniquitous iniquity initialed initials initiat initiator initio
        injectable injective injects injudicious injur injuria injustic injustices inkling inlet inlets innate innately
        innermost innkeeper innkeepers innocently innocents innovate innovating innovators inns innuendo innuendoes
        inoffensive inoperable inopportune inor inordinately inority inputs inquests inquir inquires inquisitions inroad
        insatiable inscription inscriptions inscrutably insecticides insects insecure insensible insensitivity
        inseparability inseparably inserts inseverable insightful insightfully insignia insignificance insincere
        insinuate insinuated insinuates insinuation insinuations insis insistently insolence insolent insoluble
        insolubly insolvencies insomuch inspects inspiration inspirational inspire inspires inspiring installations
        installment installments installs instanced instantaneously instanter instate instigate instigated instigating
        instigation instigator instill instilled instilling instills instinctive instinctively institutionalize
        institutionalizing institutionally instruc instrumentation insubordinate insubordination insubstantiality
        insubstantially insularity insulat insulin insulted insults insur insurable insureds insurgency insurgent
        insurgents insurrections insusceptible integrally integrative intelligibly intemperance intemperate inten
        intensified intensifies intensify intensifying intensively intentionality interacted interacting interacts
        interagency interbranch interbrand intercarrier intercede intercept intercepting interceptions intercepts
        interchangeability interchangeable interchanges interchanging intercircuit intercity intercollegiate intercom
        intercommunication intercommunications intercompany interconnect interconnected interdepartmental
        interdependency interdict interdicted interdicting interes interestate interface interfer interiors interject
        interjected interjecting interjects interjurisdictional interlaced interlibrary interlinked interlock
        interlocked interlocks interloper interlude intermarry intermeddle intermeddling interment interminable
        intermingling intermission intermixed intermodal internationalism internationally interned internment
        internments interpersonal interpleaded interpleader interpolate interpolation interposes interposing
        interpretatio interpretational interred interrelate interrelation interrelationship interrelationships
        interrogates interrogative interrogatory interrupting interrupts interscholastic interschool intersect
        intersections intersects interseller interspersed interstices interstitial interstitially intertribal
        intertwining intervener intervenes interventions interventor interventors interviewee interviewees interviewer
        interviewers inthe inthese intimacies intimat intimidates intolerably intolerant intoxicant intoxicants
        intrabrand intracircuit intracompany intracorporate intracranial intractability intragovernmental intramilitary
        intramural intramuscular intransigence intraparty intraracial intratribal intrauterine intravenously intricacy
        intricately intriguing intro introduc intrud intruder intrusio intrusively intrust intrusting intuit intuitions
        intuitively intuitu inundate inundated inundating inur inure inured inures inuring inutile invader invaders
        invalidat invalidations invalidly invalids invaluable invasiveness invective invectives inveighed inventing
        inventiveness inventoried inventories inventorying inversely inversion invert inverted inverting inverts
        investigates investigatio investigatorial investiture inveterate invidiousness invigorate invigorated invincible
        inviolably invit invitee invitees invocational invoice invoiced invoicing invok involuntariness involv
        involvements invulnerable inward ion ions iota ipsa ircumstances ire irect irksome ironclad ironical ironies
        irons irradiation irrebuttably irreclaimable irreconcilability irreconcilably irreducible irrefutable
        irrefutably irregularly irrelevancies irrelevancy irreligious irremediably irreparably irrepealable
        irreplaceable irreproachable irresistibly irresponsibility irresponsibly irretrievabl irretrievable
        irretrievably irreverent irreversibly irrigated irrigating irritable irritant irritate irritated irritating
        irritation irst irtually isclosure iscrimination iscriminatory ise ishing isolat isolatable isolates isputes
        issu issuable issuances istinctions istorical istorically istory istrict istricting isuse italics ite
        itemization itemize itemized iterated iteration iterations ither ithin ities itigation itinerant itinerary
        itizens itle ive iven iversity ivil iving ivory ized izes jacked jackets jailable jailer jailing jailors janitor
        janitors japanning jar jargon jarring jars jaundiced jaw jaywalking jazz jealousies jealously ject jected jelled
        jeopardizes jerk jerked jest jetliner jettison jettisoned jettisoning jettisons jobber jobsite jockeying jointed
        joke jokes jostling journalist journeyman journeys joys jsp judex judg judgement judgeships judgmen judgmental
        judgt judicatures judice judiciaries judiciously judicium jug juggling jugs jugular juice juices jumble jumbled
        jump jumping jumps jumpsuit jun junctures jungle juniors junkshop jural juridical jurisdictionally
        jurisprudentially juristic juryman jurymen justif justifiability justificable justifie justness jutting
        juxtaposed juxtaposes juxtaposing juxtaposition kaleidoscope kaleidoscopic kangaroo kee keelboats keen keener
        keenly keeper keepers keg kegs kernel kes kettle keyed kick kickback kickbacks kicking kicks kid kidnap kidnaped
        kidnapped kidney killeth kilodaltons kilogram kilograms kin kindergartens kindle kindled kindly kindness
        kingdoms kingpin kinship kiss kissed kissing kiting kits knapsack knee kneed kneeling knees knifepoint knit kno
        knob knobs knocks knot knotted knotty knowable knowin knuckles kota labeler labelled labelling laboring
        laborious labourers labouring labours labyrinthine lac laced laceration lacerations laconic lacrosse lacunae lad
        ladder lading laedas lag lagged lagoon lagoons lags laims lain laintiffs laity lakebed lame lament lamentable
        lamented lamenting laments laminaria lamps landfills landholdings landings landlady landscaping landslides
        landuse landward lanes languish languished languishes languishing lantern lap lapel lapsed lapses lar larcenies
        larcenous largeness largess larly larynx lasciviously lasciviousness laser lashes latch latches lated lateness
        lateral laterally laterals lath lation lationship latitudinarian lative laud laudably laudatory lauded lauding
        laugh laughable laughed laughing laughter launch launcher launches launching launder launderers lause lavatories
        lavatory lavish lawbooks lawbreaker lawbreakers lawfull lawgiver lawgivers lawlessly lawnmower lawns lawyering
        lawyerlike lawyerly lax laxity layers layoffs layout layouts layover laypeople layperson laypersons laziness
        lazy lazyback leafleteer leafleting leafletter leafletters leafy leagues leak leakage leaking leaks lean leaned
        leaning leanings leanly leans leaped leaps leapt learly learner learnt leaseholds leash leashes leav lected
        lectured lecturer lecturers ledge ledgers legale legalism legalisms legalistic legalization legalizing legatee
        legatees legation leged legem legend legendary legerdemain legible legions legislatur legitimated legitimates
        legitimating legitimation legitimize legitimized legitimizes legitimizing leisurely lemons lenders lenges
        lengthen lengthened lengthening lengthens lengthier leniently lenses leopard les lesbianism lesions lesse lessor
        lessors lethargy lets lettered letterheads lettering lettre leukemia levees leveling levelled leveraging lewdly
        lexicon liars libelant libeled libeler libellant libellous libelous libels liberalism liberality liberalization
        liberalize liberalized liberalizing liberals liberate liberated liberates liberating libertine libitum
        librarians librarying lic lice licence licens licensers licensors licensure licentious licentiousness licit
        licks lid liege lienholders lienors lieutenants lifeblood lifeguard lifeguards lifeless lifelong lifestyle
        lifestyles lifetimes lifts ligature lighted lighten lightens lighters lighthouse lighthouses lightning
        lightweight liked likeminded liken likeness likening likens liking limbs limi liminating limination limine
        limousine limp lina lineal linear lined linedrawing lineman linens liner ling linger lingers linguistically
        linic lining linkages lipservice liquefiable liquidate liquidating liquidator liquidity lis lished listened
        listens listers listings lit litany literalistic literalness lithograph lithographs litigable litigates
        litigational litigations litigative litigators litigatory litigious litmus litter littering liturgy livelier
        livelihoods lively liver livery livid llegations llicit llowing lmost loaf loafing loaning loansharking loath
        loathe loathsome loaves lobbied lobbies lobbyist lobbyists lobster locales localism localized locals locates
        locational locator loci lockbox lockboxes lockdown lockdowns lockers locking lockout lockouts lockstep lockup
        locomotion locomotives locution lode lodestone lodges lodgment lofty log logbooks logged logistical logo
        loiterer loneliness lonely longest longevity longhand longing longings longitude longshoreman longterm longtime
        loo lood lookback lookout lookouts loom loomed looming looms loop loopholes loops loosed loosen loosened
        looseness looser loosest loosing loot looting lopsided loquitur lore louder loudest loudspeaker loudspeakers
        loves lowers loyalists loyally loyalties lspm lucid lucidity lucidly lucked lucky ludicrous lulled lulling
        luminous lumped lumping lumps lunatic lunatics luncheon luncheonette lunches lunchroom lungs lure lured lurid
        lurks lust lustre luxuriant luxuries luxurious lymph lymphatic lynched lynching lynchpin lyric lyrics lysergic
        macabre mace machete machina machinations machinegun machineguns machinist macho madness magical magically
        magisterial magistracy magnanimous magnificent magnifies magnify magnifying magnitudes magnum maiden maidservant
        mailbox mailroom maim maimed maiming mains mainspring mainstay mainstreaming maintai majestically majors mak
        makeweight makeweights makings mala maladies maladjustment malaise malapportioned malapportionment malay
        malefactor malefactors maleness malevolence malevolent malfunction malfunctioned malfunctioning malfunctions
        malignant maligned malignity malingering malleability malls malnutrition maltreated maltreatment malum mammals
        manacled manacles manageability manageably managements mandat mandatorily manded maneuver maneuvered maneuvering
        maneuvers manger manhole manhood manipulability manipulable manipulates manipulating manipulations manliness
        manmade manned mannerisms manpower mans manservant mansion mantels mantra manually manufactur manuscripts
        mapmaker mapmakers mapmaking mapped mapping marauders marble marched marchers marches marginalization
        marginalized marinas marines marke markers marketability marketable marketer marketers marketwide marksmanship
        markup marque marred marries marrying marshaling marshalled marshalling marshes martialing martyr martyrdom
        martyrs marvels masculine mash mashed masked masks masquerading massage masse massed massing massively mast
        mastered masterly mastermind masterminded mastery masthead masturbating masturbation mate materia materialism
        materialistic materialize materialized materializes maters math mathematically mathematician mation matriculated
        matrimony matrix matrons mattock mattress mattresses maturation maverick maxima maximally maximized maximizes
        mayhem mayoral mayorally maze mea meagre meals meandering meanders meanness measles measur measurements
        mechanistic mechanistically mechanization mechanized medals meddle meddler meddlesome meddling mediate mediated
        mediating mediator mediators medicated medicines mediocre mediocrity meditate meditation mediums mee melancholy
        melding melee melt meltdown melting melts mem membe membrane membranes memo memorable memorandums memorialize
        memorialized memorializing memorize menaced menaces menacing mend mendacity mendment menial menorahs menstrual
        mentality ments menu menus mer merce mercenaries mercenary merchandiser merchandizing merchantable mercies
        merciful merciless merest mergency merging mesh meshes mesne mess messaging messenger messengers messing messy
        metabolism metabolites metabolization metabolized metamorphosis metaphorical metaphors metaphysical metaphysics
        mete meter metered metering meters methadone methane methodically methodologically methodologies meticulously
        meting metric mice microbiologist microchip microchips microeconomic microfilm microfilming micromanagement
        microphones microscopic microscopically microwave midafternoon midcycle midday middleman middlemen midpoint
        midrange midshipman midstream midtown midtrimester midwife midyear mightily mighty migraine migrant migrants
        migrate migrated migrates migrating mil milder mildest mildly milepost milestone milieu militant militantly
        militarily militarism militaristic militated militating militiamen milkshed milldam millennia millers millimeter
        millionaire millionaires mimeograph mimeographed mimeographs mimic mimicked mimicking mimics mince mindedness
        minding mindless mindset minefield miner ming mingle mingled mingles mingling miniature minima minimalism
        minimalist minimalls minimiz minimization miniscule ministerially minitrials minivan minnow minnows minted
        minuet minuscule minutely minutest minutia minutiae miracles miraculous miraculously mired mirrored mirroring
        mis misadventure misallocation misapplications misapply misapplying misapprehend misapprehended misapprehending
        misappropriate misappropriated misappropriates misappropriating misappropriation misappropriations
        misappropriator misappropriators misbegotten misbehave misbehaved misbehaving misbehaviour miscalculated
        miscalculation miscarriages miscegenation miscellany mischaracterization mischaracterize mischaracterized
        mischaracterizing mischiefs misclassified miscommunications misconceptions misconstruction misconstrue
        misconstruing miscreant misdeed misdemeanant misdemeanants misdescribe misdescribed misdescribes misdescribing
        misdescription misdirected misdirection misdoings miserable miserly misery misfeasance misfired misfires
        misfortunes misgiving misgovernment misguidedly mishandled mishandling mishap mishaps misidentified
        misimpression misinformation misinformed misinforming misinterpret misinterpretations misinterpreting
        misinterprets misjudge misjudged misjudgment mislabeled mislabeling misleadingly misleads mismatches misnomer
        misperceive misperceived misperceives misperceptions misplace misplaces misprision misrepresent misrepresenting
        misrepresents misshapen missibly missile missionaries missionary misspelled misspent misstate misstated
        misstates misstating misstep missteps mistaking mistook mistreat mistreated mistress mistrials mistrust
        mistrusted misunderstand misunderstandings misused misuses misusing mitigator mitigators mitted mittee mitzvah
        mixes mixtures mmunity mobilehomes mobilize mobilized mobilizing mobs mobster mobsters mocking mocks modalities
        modeling modem modems moderated moderately moderates moderating moderator modernization modernize modernized
        modernizing modestly modesty modif modifiable modifiers modo modus moiety moisture moisturizing molds molecular
        molecule molecules molest molesters molesting molests mollified mom momentarily monarch monarchial monarchical
        monarchies monarchs monarchy monetarily moneyed mong monied moniker monitions monkey monochromatic monogamy
        monolith monolithic monoliths monoply monopolist monopolists monopolizations monopolized monopolizes
        monopolizing monotheism monotheistic monoxide monster monstrosity monstrous montage monumental mony moonshine
        moored mooring mooting moots moralists morass moratoria moribund mornings morphing mortally mortar mortgaged
        mortgagee mortgagees mortgaging mortgagor mortgagors mortification mosaic mosque motam motels motherhood
        motioned motivates motivational motorboats motorcar motorcycle motorcyclist motortruck motortrucks mottoes
        mottos mould mountainous mountings mouseholes mouthed mouthing mouths movants mover mpirical mplicit mployees
        mployment mpose mud muddies muddle muddled muddles muddy mudflats mudguard mudlumps muffle mug mugger mugs mula
        mulatto mulattoes mulct mulcted mule multibenefit multibillion multicandidate multichannel multicounty
        multiemployer multifaceted multifactor multifamily multifocal multiform multilateral multilevel multiline
        multimillion multimodal multinationals multipart multiparty multipiece multiples multiplies multipurpose
        multiracial multireligious multistep multistory multitiered multitudes multitudinous multiunit multiuse
        multiyear mumbled mundane municipally munificent munity murderous murky murmur muscles muscular mushroomed
        mushrooms musician musicians musing musings musket muskets mustache mustaches mustard mustered mustering musters
        mutability mutable mutandis mutation mutations mutatis muted mutes mutilate mutilated mutilating mutilations
        muting muttering muzzle muzzles myopia myopic myopically mysterious mystical mysticism mystified mystify
        mystifying mythical nable nadir nail nailed nails naively naivete nakedly nakedness nal nameless nap narrate
        narrated narrates narration narratives narrator narrators narro nary nascent nasogastric nasty natal nated
        nationalism nationalistic nationalities nationalization nationalizations nationalize nationalized nationalizing
        nationhood natives nativity naturalize naturall natures nausea nauseam nauseating nautical navel navies
        navigated navigating nay nays nconstitutional ncreased ncreasing ndeed ndependent ndiscriminate ndividual
        ndividuals ndoubtedly neared nearer nearing nec necessaries necessitous necks necrolysis necrosis nectarine
        nectarines needing needles nefarious negating negation negatives neglectful negligen negligibly negotiable
        negotiates negotiators neighbourhood neighbours nem nemo neonatal nephew nepotism neric nerve nerves nervousness
        ness nest nested nesting nestled nests nets networking neuroleptic neurological neuromuscular
        neuropharmacologist neuropsychological neuropsychologist neutralization neutralized neutralizes neutralizing
        neutrals nevermind newborn newborns newcomer newcomers newest newfangled newness newscast newscasts
        newsgathering newsgroups newsletters newsreel newsroom newsstand newsstands newsworthiness newsworthy nexuses
        nfair nforcement nformation nicely niche nickname nicotine niece nificance niformity niggardly nigger niggers
        nigh nightclub nightclubs nightfall nightgown nightly nightmare nightmares nightmarish nights nightwalker
        nightwalkers nihil nihilo nil nilly nion nipple nipples nisi nitrate nitrous nity nlike nnecessary nobler
        noblest nodded nodding node nodes nods noe noisemaking noisier noisy nomenclature nominates nomine nonabusive
        nonacademic nonacceptance nonaccess nonaccident nonacquiescence nonaction nonactionable nonadherent nonadjacent
        nonadjudicatory nonadmitted nonadversarial nonadversary nonadvocacy nonaffiliation nonage nonaggregation
        nonagricultural nonallocable nonappealable nonappealing nonappearance nonapplicant nonapplicants nonapplication
        nonapproved nonarbitrary nonathletes nonathletic nonattendance nonavailability nonbailed nonbankruptcy nonbelief
        nonbeliever nonbelievers nonbelt nonbeneficiaries nonbeneficiary nonbinding nonblighted nonbranch nonbranded
        noncable noncandidate noncannery noncaptive noncarriage noncash noncertification nonchargeable noncitizenship
        noncoding noncombat noncombatant noncommissioned noncommittal noncommunicative noncompact noncompactness
        noncompensable noncompensatory noncompeting noncompetition noncompetitive noncompliant noncomplying
        nonconclusory nonconcrete nonconfessor nonconfidential nonconfirmation nonconflicting nonconformance
        nonconforming nonconformist nonconformists nonconformity nonconfusing nonconnected noncontiguous noncontingent
        noncontraband noncontractual noncontributory noncontroversial noncooperating noncorporate noncost noncrossover
        noncrossovers nonculpability nonculpable noncurricular noncurriculum nondangerous nondangerousness nondeductible
        nondefamatory nondelegable nondenominational nondentist nondentists nondependent nondetachable nondilutive
        nondirective nondischargeability nondischargeable nondisclosed nondiscriminating nondiscriminatorily
        nondispositive nondisruptive nondiverse nondominant nondramatic nondriver nondrug nonduplicative nondwelling
        noneditorial noneditorializing nonelderly nonelection nonelective nonemergency nonemployee nonenforcement
        nonentertainment nonessential nonevidentiary nonexamination nonexcessive nonexhaustion nonexhaustive nonexigent
        nonexpert nonexpressive nonfaculty nonfanciful nonfatal nonfavored nonfeasance nonfederally nonfee nonfelony
        nonferrous nonfiction nonfiduciary nonfinancial nonforfeitable nonforfeiture nonforum nonfraudulent
        nonfunctional nonfundamental nongang nongeneric nongovernment nonhandicapped nonhazardous nonhearsay nonhospital
        nonhumans nonhydrocarbon nonimmigrant nonimmigrants nonimmigration nonincriminating nonincumbent nonindictable
        nonindigent nonindigents noninfringement noninmates noninstitutional noninstitutionalized noninstructional
        nonintact nonintegrated noninterference nonintervention nonintoxicating nonintrusive noninvestigative
        noninvestigatory noninvolvement nonjailable nonjudges nonjuror nonjusticiability nonlabor nonlawyer nonlawyers
        nonlegal nonlegislative nonlethal nonliability nonliteral nonlobbying nonlocal nonmagnet nonmailable nonmajor
        nonmandatory nonmarital nonmaritime nonmedia nonmedical nonmedically nonmembership nonmeritorious nonmineral
        nonminorities nonmisleading nonmonetary nonmovant nonmutual nonnamed nonnative nonnavigability nonnegligent
        nonneutral nonneutrally nonobjecting nonobscene nonobscenity nonobservance nonobserving nonobstructive
        nonoccupational nonowner nonparent nonparental nonparticipant nonparticipants nonparticipating nonparticipation
        nonpartisanship nonpatronage nonpeaceful nonpenal nonpension nonperformance nonpermanent nonpersecution
        nonpersuasion nonpetty nonphysical nonphysician nonpicketing nonpolicymaking nonpolitical nonpopulation
        nonpornographic nonpossessory nonpredatory nonpreferentialist nonpreferred nonpregnant nonprejudicial
        nonprescription nonprice nonprisoner nonprisoners nonprivate nonprivileged nonprobate nonprobationary
        nonprobative nonprocedural nonproductive nonprofessional nonprofessionals nonprofits nonpromotion nonproperty
        nonproscribable nonprosecuting nonprosecution nonproselytizing nonprotectionist nonpurchaser nonpurchasers
        nonpurchasing nonquota nonracially nonrecognition nonrecord nonrecovery nonrecurring nonredressability
        nonrefillable nonrefillables nonregistrant nonregistrants nonregistration nonregulatory nonrelatives
        nonrepeatable nonreproductive nonreservation nonresidence nonresidential nonretarded nonretention
        nonretroactively nonretrogression nonretrogressive nonreturnables nonreview nonreviewability nonreviewable
        nonroutine nonrubber nonsafety nonsale nonschool nonsecret nonsecreter nonsecular nonsegregated nonseller
        nonsellers nonsensitive nonseverability nonseverable nonsignatory nonsited nonsolicitation nonsovereign
        nonspeakers nonspecific nonspeech nonstaple nonstaples nonstate nonsteroidal nonstock nonstop nonstudent
        nonstudents nonsubstantive nonsuit nonsummary nonsuperfluous nonsupport nontax nontaxable nontaxpayer
        nontechnical nontenured nontextual nontheistic nonthreatening nontidal nontrademark nontraditional nontraffic
        nontransferable nontransient nontriggerman nontriggermen nontrivial nontrust nontrustee nontrustees nonunanimity
        nonunanimous nonuniform nonuniformity nonunique nonurban nonuse nonverbal nonvessel nonveteran nonveterans
        nonviable nonvictim nonvictims nonvoters nonvoting nonwaiver nonweighing nonwhite nonwhites nonworking
        nonwritten noose northbound northerly northernmost northward nostalgic nostrils notaries notarized notary
        notations notebook notebooks noteholders nother noticeable noticeably noticing notifications notoriety nots
        nought noun nourish nourished nourishes nourishing nourishment nove novelists novels novelties nowadays nowise
        nsofar nstead ntellectual ntentional nterest nterlocutory nternational ntil nuance nub nucleus nudg nudge nudged
        nudist nullif nullities nullum numberless numerals numerator numerically numerosity nunc nuns nursery nurtured
        nurtures nurturing nutrient nutrients nutritional nutritionally nuts nutshell nwelcome nyone nystagmus nything
        nytimes obduracy obdurate obedient obeisance obeying obeys obfuscate obfuscates obfuscating obfuscation objectiv
        obligatio obligational obligee obliges obligeth obliging obligingly obliterated obliterates obliterating
        obliteration oblivion obloquy obnoxiously obscenities obscuring obscurity obsequious observable observatory
        obsessed obsession obsessive obsolescence obsta obstat obstetrician obstinacy obstinate obstreperous obstruc
        obstructionist obstructive obtai obtrusive obtuse obverse obviating ocal ocation occult occupier oceanfront
        oceans ocietal ociety oday odder oddities oddly odern odium odometer odors ody oes offbeat offe offen offens
        offensively offeree offerees offerers offhand officeholder officeholding officered officership officialdom
        officiating officii officious offing offreservation offs offshoot offsite oftentimes ofth ofthe ofwedlock oig
        ojp okay okolehao olc olding ole oleomargarine olice olicy oligarchy oligopolistic oligopoly olitical olives
        ollowing oluntary omen omething ometimes omi ominously ommon omnipotence omnipotent omnipresence omnipresent
        omniscience omniscient ompanies ompelled ompensation ompensatory ompetition omplete oncededly oncerns oncoming
        ond onduct oney onflict ong ongress ongressional onlooker onlookers ons onsent onsiderable onsideration
        onsiderations onsidering onslaught onstitution onstitutional ontext ontract ontrary ontrol onu onvention
        onviction onward onwards ood ook ooked ooperation opacity ope openended opensecrets opera operable operandi
        operas operat operatives ophthalmologist opiates opine opining opm opportune opportunism opportunistic
        opportunists opportunit oppos opposites oppositions oppressed oppressing oppressions oppressively oppressor
        oppressors opprobrium optic optician opticians optimally optimism optimistic optimized optimum opting
        optometrist optometrists optometry opts opyright oracle oranges oration oratory orbit orchard orchards orchestra
        orchestras orchestrate orchestrated orchestration orcontroversy ordaining ordains orde orderliness ordinated
        ordination ords oreign ores organism organisms organizes orgy orientations originality originals origination
        originator originators orishas ormal ormally ornamental ornaments orphan orphanages orphaned orphans orporations
        orthodoxies ory ose osmotic ospi oss ossification ossified ossify osteopathy ostracism ostracized ostrich otal
        oter oters othe otify oting otwithstanding ould ound ounsel ourt ourth ous ously ousting ousts outboard outbound
        outbreak outbreaks outburst outbursts outcast outcasts outcropping outdoors outermost outfit outfitters outgoing
        outgrown outh outing outlandish outlast outlawry outlay outlays outliers outlining outlive outlived outlook
        outnumber outnumbered outperform outpost outposts outpouring outraged outrageousness outrages outrank outreach
        outs outsider outsized outskirts outspent outspoken outstretched outstrip outstripped outstrips outvoted
        outwardly outweighing outworn oval oven overabundance overage overages overalls overassessment overawe
        overbalance overbear overbilling overblock overblocked overblocking overblown overboard overbroadly overburden
        overburdening overcame overcharge overcharged overcharges overcharging overcoat overcomes overcrowd
        overdetermined overdose overdrafts overdrawn overdue overemphasis overemphasize overemphasized overestimate
        overestimated overestimates overestimating overextend overextension overflight overflights overflow overflowed
        overflowing overflows overgeneralization overhanging overhaul overhauled overheads overhear overhearing
        overheated overinclusion overinclusiveness overkill overlaid overlapped overlaps overlay overload overloaded
        overloading overlying overmatched overnment overnmental overpaid overpass overpayment overpayments overpopulated
        overpower overpowered overpowering overprints overproduced overproduction overprotected overreach overreached
        overreaches overreacted overreaction overreading overreads overregulation overrepresent overrepresentation
        overrepresented overrepresents overrode overrun overruns oversaw overseen overseer oversees overshadow
        overshadowed oversights oversimplification oversimplified oversimplifies oversimplify overstatements overstating
        overstayed overstep overstepped overstepping oversteps oversubscribed overtake overtaken overtakes overtax
        overtone overtook overtures overturns overuse overused overvalu overvaluation overvalued overvalues overweening
        overweight overwhelmed overwhelms overworked owcp ower owever owhere oxide oysters paced pacemaker pacemakers
        pacifist pack packets packs pact pad paddle paddled paddling paddlings padlock pads paean paeans pagan pager
        pagers painkillers painstakingly paintings paints pairage paired pairing pairs pais pajamas palatable pales pall
        palladium palliate palliative palliatives pallid palpability palsy paltry pamphleteer pamphleteering
        pamphleteers panacea pander pandered panderer panderers panelist pangs panorama panoramic pant pantomimes pany
        paperback papered paperwork parable paraded paradigmatically paradigms parading paradox paragon paralegal
        paralegals paralleling parallelism paralysis paralyz paralyzes paramedic paramedics parameter paramilitary
        paranoia paranoid paraphilias paraphrased paraphrases paraphrasing paraplegics paraprofessional
        paraprofessionals parapsychology parasite parasites parasitic pardoning pare pared parenthetical parenting pares
        paring parishioners parium parkway parliamentarism parliamenti parliaments parlor parlors parlous parochialism
        parody parol parroting parrots pars parsed parses parsimonious parsonage parsonages partakes partaking participa
        participat participatory particle particles particularities particularization particularize particularizing
        particulate partie parting partisans partitioning partook pas passageway passant passe passerby passionate
        passionately passively passivity passu password passwords pasta pasted pasteurized pasties pastime pastimes
        pastoral pastors pastures patch patched patches patellar patenting paternal paternalism pathetic pathological
        pathologist pathology pathway pathways patience patiently patina patio patriarchal patriotism patriots patrolled
        patronized patronizing patted patting pauper pauperism paupers paused pauses pave paved pavement paves pawn
        pawnbroker pawnbrokers pawns pawnshop paycheck paychecks payee payers paymaster payoff payors payout payrolls
        pdfs pea peacekeeping peach peaches peaked peaking peaks peanut peanuts pears peasants pecial pecific peculation
        peculiarity pecuniarily ped pedagogically pedagogy peddle peddler peddling pediatric pediatrician pedophile
        pedophiles pee peech peered peering peg pegged pegging pejorative pejoratively pellets pellucid pellucidly
        pelvic penalities penaliz penchant pencil pencils pendant pendens pendente pends pendulum penetrated penetrates
        penitent penitentiaries penned pennies penniless penny penologists penology pens pensionable pensioners
        pentothal penultimate penumbra penumbral penumbras penurious peonage peopled perceivable perceiving percentile
        perceptibly perceptive perceptively perchance perched percolated percolating percolation perennial perfecting
        perfidy perfluorocarbons perforated perforation performer perfume perfunctorily perilous perilously perimeters
        perinatal perineum peripherally periphery perish perishable perished perivascular perjure perjurer perjurers
        perjurious perjuriously permanence permanency permeate permeating permeation permi permissions permissively
        permissiveness permitt permittee permittees permutations peroration perpendicular perpetrates perpetrating
        perpetua perpetuat perpetuates perpetuity perplex perplexed perplexities perplexity perquisite perquisites
        persecute persecuting persecutions persecutor persecutors perseverance persevered persisting perso persona
        personalities personalized personalty personhood personification personify perspicuous perspiration persuad
        persuasions pert pertinence pertinently perusal peruse perusing pervaded pervading perversely perversity pervert
        perverting perverts pesetas pesos pessimistic pestilence pests pets petting pewinternet peyote phalanx phantom
        pharmacist pharmacological phased phasing phencyclidine phenobarbital phenomenal philanthropic philanthropy
        philosopher philosophers philosophic philosophically philosophies phlebitis phlebotomist phoned phony
        photocopying photographer photographers photographing photography photos php phrasings physicals physicist
        physicists physics physiologically physiology physique piano picas picketed picketer pickets pickpocket
        pickpockets picks picnic pics pictorial pictorially pictured picturesque pie piecing pierced pierces piercing
        piety pig pigeonhole pigeonholes pigmentation pikestaff pile piled piles pilgrimage pill pillar pillars pillow
        pin pinball pinch pinched pineapple pinions pinnacle pinned pinning pinpoint pinpointed pinpointing pins
        pinsetters pioneered pioneering piped pique pirate pirated pirates piratical pirating pitch pitched pitcher
        pitches pitching pitfall pith pithy pitiful pitiless pits pittance pitted pitting pity pivot pivoted pivots
        pizzeria pla plac placard placards placate placebo placenta placental placer plagiarist plague plagues plaid
        plainclothes plainer plainest plaint plaits planing plank planner plantation planter plantings plantwide plaque
        plaques plat plateau plated platforms platitudes plats platted platter playback playfully playgrounds playhouse
        plc pleasing pleasurable plebiscite pled pledgee pledging plenitude plentiful plethora plexiglass pliability
        pliable pliant plicit plied plies plots plotted plotter plotting plowed plowing plows ploy ployment ploys pluck
        plucked plucks plug plugged plumber plummeted plums plunder plundered plundering plunge plunged plunger plungers
        plunges pluralities plutonium ply plying pneumonia pocketbook pocketbooks pocketed poem poet poetic poetry poets
        poignant poignantly pointers pointlessly poised poisoned poisoning poisons poker polar polariscope polariscopic
        polarity polarizing pole polemic polemical polemics polestar polic policed polices policyholder policyholders
        polished polishing polite politely politician politicized politicizing polled pollsters pollute polluter
        polluters polluting polyethylene polygamist polygamists polygamous polygrapher polygraphs polytheistic
        polytheists polyvinyl pon ponder pondering ponderous pong poorer poorest pop popularized populi porcelain pore
        poring pork porn pornographers porous portable portage portages portant ported portend portended portending
        portends portent portentous porters portfolio portfolios portioned portmanteau portrait portraits portrayals
        portraying portrays pos positing positives posse posses postaccident postadmission postannexation postargument
        postarraignment postcard postcards postcomplaint postdate postdated postdates postdating postdecision
        postdecisional postelection postemployment postenforcement poster posterior postfire postformation postgraduate
        posthumously postindictment postings postintervention postliminary postmarked postmarketing postmortem postnatal
        postoccurrence postoffer postoffices postpayment postpones postproduction postratification postreceipt
        postscript postseizure postsentence postsolution poststatehood poststop posttraumatic posttrial postulated
        postulating postures postviability postwar postwarning pot potato potatoes potency potentate potentialities
        potentials potently pothole potholes potion potpourri pots potty pouch pouches pounded pour poured pouring
        powdery powered powerlessness powerplant powerplants ppb ppellant pplication pplying ppm pproximately pra
        practic practicably practise practised pragmatically pragmatism praises praiseworthy praising prank
        preaccusation preach preached preacher preachers preacquisition preadmission preambles preamendment preapproval
        preapproved prearbitration prearraignment prearranged prearrangement prearrest prebirth precatory precautionary
        precertification precipice precipitancy precipitately precipitates precipitating precipitation precipitous
        precipitously preciseness preclud preclusively precommencement precommitment precompliance preconceived
        preconception preconceptional preconceptions preconfinement preconstitutional preconviction precursors
        precustodial predate predated predation predator predatorily predeceasing predecisional predefined predestined
        predetermine predicating predictor predictors predicts predilection predisposed predisposition predominated
        predominately predominates predominating predonning preelection preeminence preeminent preeminently
        preemployment preempting preemptively preemptory preestablished prefabricated prefaces prefacing preferably
        preferment prefiling pregame preguidelines prehearing preincarceration preinterrogation preintervention prejudge
        prejudged prejudging prejudicially prelim preliminaries prelitigation prelude premarital premarketing
        prematurity premising prendi preoccupations preoccupied preoperative preordain preordained prep prepackaged
        preparedness preparer prepay prepayment prepensed prepetition preponderant preponderates preponderence
        preposition prepositional preposterous prepresentment preprinted preprocedure preproduction preprosecution
        prepubescent preratification prerecorded prerecoupment preregistration prerevocation prerevolutionary presage
        presaged presages presale preschool prescience prescient presciently prescreen prescreening prescrib
        prescriptive presen presentencing presentments preserv preservative preservers preset preshift presides pression
        pressly pressuring pressurization prestigious presuit presum presumable presumptio presumptuous presupposed
        presupposition pretaking pretence pretences pretender pretending pretends pretension pretensions pretentious
        pretermit pretermits pretermitted pretermitting pretest pretex pretexts pretreatment pretrip preven preventable
        preverdict previability preview previewing prewarning prey priate priceless pricked prides priestess priests
        primeval princes principiis principl printers printings printout priori prioritize priors prism prisms pristine
        prius privacies privateer privateers privates privation privatization privatum privies priviledges prized prizes
        proabortion proactive proarbitration probabilistic probated probativeness probed probes probity proble
        problematical proceedin proces procession processions processor proclivities proclivity procreate procreative
        proctors procurers prodded prodding prodere produc producible productively productiveness profanation profaned
        profanity professedly professorships proffering proficient profitability profited profiting profitmaking
        profligate profuse profusely profusion progam progenitor progenitors prognosis programing programmatic programme
        programmer progresses progressing progressively prohibi prohibitable prohibitively prohibitum projecting
        projections projector projectors proletarian proletariat proliferate proliferated proliferating prolific prolix
        prolixity prolongation prolonging prolongs prom promenade promiscuity promiscuous promissory promot promoter
        promoters promotive promptness promulgates propagandize propagandizing propagated propagating propanil propel
        propelled propellers propelling propels prophecies prophesy prophet prophetic prophets prophylactically
        prophylactics prophylaxis propitious proportionally proportioning propound propounding propounds propriate
        proprieties proprietorship proprietorships proprio props propter propulsion prorated prorating pros prosaic
        proscrib proscriptive prose prosecutable prosecutes prosecutio prosecutive prosecutory prosecutrix proselytes
        proselyting proselytization prosequendum prospecting prosper prospered prosperous prossed prostaglandins
        prostatectomies prostheses prosthetic prostitute prostituted prostitutes prostrate prostrating protagonists
        protean protec protectable protectio protectiveness protector protectors protestation protester protestor
        prothonotary prototype prototypical protract protrude protruding proudest proudly prov provable provably
        provenance proverb proverbial provi provinces provincial provisio provisionally provisos provocations provokes
        prowess prowling prudentially prudently prudes prudish pruning prurience pry prying pseudonym pseudonyms psyche
        psychoactive psychoanalyze psychologically psychopath psychopathic psychosomatic psychotherapeutic psychotherapy
        psychotic psychotropics ption pts pubescent publicforum publicist publicists publicizes publicizing publick
        publickly publicum puff puffed pulls pulmonary pulp pulpit pulpits pulse pumped pumps punch punched punching
        punctilio punctuate punctuated puncture punishmen punitively punitives puny pupfish pupilage puppets puppy purer
        purges purging purify puritanical purloined purloining purloins purpos purposed purposefulness purposive
        purpresture purses pursueth purvey purveyance purveyed purveying purveyor purveyors pushcart pushcarts pusher
        pushers pushes pushing putatively putsch puzzle puzzled puzzlement puzzles pygmies pyramid pyramided pyramiding
        quadrillion quadriplegic quadruple quagmire quaint quaintly qual qualifiedly qualifiers quam quantifiable
        quantification quantifying quarantined quarreled quarreling quarrels quarry quart quartered quartering quashing
        quate queer quell quelling quently queried queries query questio questionably questioner questioners quia
        quibble quibbles quibbling quicken quickening quicker quickest quickfacts quicksand quids quiescence quiescent
        quieted quieter quieting quietus quired quitable quits quitting quity quixotic quos quotidian quotient rabbis
        racetrack racists racket racketeers rackets racks ractical radar radiate radiated radiating radiation radiations
        radicalism radioed radiological radios raditional rafts rage raged rages ragged rags raid raided raider raids
        railhead railing railroaded railroading rain rainfall raining rainstorm rais raiser raisers raison rallying ram
        rambling ramp rampage rampant rampart ramps ranchers ranching rancor randomness rang rankest rankings ransacked
        ransacking ransportation ranting rap rapidity rapport rarer rarest rarified rascals rash rat ratably ratchet
        ratcheted ratchets ratepayer ratepayers raters ratesetting ratifications ratifiers ratifies rationalizatio
        rationalizations rationalize rationalized rationalizes rationalizing ratione rationing rations rats rattlesnakes
        raucous rave rays razed razor rbitration rbitrators rdinarily reacclimated reachable reachback reacting
        reactionary reactivate reactivated reactivation reactive reacts readable readers readership readjudicate
        readjust readjusted readjusting readjustment readjustments readmission readmitted readopted readymade
        reaffirmance realign realigned realignment realism realizable realleged reallocate reallocated reallocates
        realms reams reaped reaping reappear reappearance reappeared reappears reapplication reapplied reapply reappoint
        reappointed reappointment reapportioned reapportioning reapportionments reappraise reapproved reaps reared
        rearguard reargue rearrange rearrangement rearranging rearrested reaso reasonabl reasonings reassert reasserted
        reasserting reassertion reasserts reassess reassessed reassessment reassign reassigned reassigning reassignments
        reassurance reassure reassured reassuring reat reaties reauthorizations reauthorize reauthorizing rebated rebel
        rebelled rebellions rebellious rebels rebu rebuff rebuffing rebuffs rebuild rebuilding rebuke rebuking rebuts
        rebuttals recalcitrance recalculate recalculated recalculates recalculating recalculation recant recantation
        recantations recanted recap recapitulate recapitulation recapture recaptured recapturing recasts receded recedes
        receding receipted receiv receivable receiverships recency receptacle receptacles receptionist receptions
        receptivity receptor receptors recessed recession recharacterization recharacterize recharacterizes
        recharacterizing recipe reciprocally recision recitations reckon reckoned reckoning reclaimed reclassification
        reclassified reclassify recodify recognised recognitions recogniz recognizances recollect recollected recommence
        recommenced recommendatory recommit recommitment recommitted recompensed reconcilable reconciles recondite
        reconfiguration reconfigure reconfigured reconfiguring reconfirm reconfirmed reconfirms reconside
        reconsiderations reconsidering reconsiders reconstitute reconstituted reconstitution reconstructed
        reconstructing recontributed reconvene reconvened reconvey reconveyance reconvict reconvicted reconviction
        recordable recordation recorder recount recouped recouping recoupment recreate recreates recreations
        recrimination recriminations recruited recruiter rectal rectangular rectified rectifying rectitude rectly rectum
        recuperating recuperation recurred recurrently recurringly recurs recusal recuse recused recusing recyclable
        recyclables recycled redact redacted redaction redeem redeemable redeemed redefined redefines redefinitions
        redemption redesign redesignated redesigned redesigning redetermine redetermined redevelop redhanded redirect
        redirected redistribute redistributed redistributing redistricted redistricters redistricts redound redounds
        redraft redrafted redrafting redraw redrawing redrawn redresses redrew reduc reducible reductio redundantly ree
        reedom reef reefs reeks reel reelected reels reemphasize reemphasized reemphasizing reemployed reemption reenact
        reenacting reenacts reentered reentering reenters reentries reestablish reestablished reestablishing
        reestablishment reevaluate reevaluated reevaluation refashion refashioning refe referable referees referencing
        referenda referendums referent referential referents refile refiled refiling refill refillable refilled
        refilling refinance refinancing refinements refineries refinery refinished reflec reflective reflex reflexes
        reflexive reflexively reforestation reformation reformed reformer reformers reformulate reformulated
        reformulating reformulation refractive refractories reframe reframed refresh refreshed refreshing refreshment
        refreshments refrigerant refrigerate refrigerator refrigerators refug refundable refunded refunding refurbish
        refurbished refus regained regaining regains rege regimen regimental regimentation regimented regiments
        registrability registrable registrar registries regrant regress regresses regression regressive regretfully
        regrets regrettably regretted regulable regularize regularized regulat regulatio regulative reheard rehearings
        rehearsal rehearse rehearsed rehearsing rehiring rei reigned reigning reigns reimbursability reimburses reimpose
        reimposed reimposition reincarcerate reincarcerated reincarceration reincorporated reindeer reindict reindicted
        reindictment reined reinforc reinforcements reinforcing reinitiate reins reinserted reinstates reinstating
        reinstitute reinstituted reinstitution reinsurer reintegrate reintegration reinterpret reinterpreted
        reinterpreting reinterrogate reinterrogated reinterrogating reinterrogation reintroduce reintroduces
        reintroduction reinvested reissuance reissue reissued reissues reiterat rejections rejoice rejoicing rejoin
        rejoinder rejoinders rejoined rejoining rejuvenation rekindling relabeling relapse relat relational relators
        relaxant relaxes relays relegates relegating relegation relent relentless relentlessly relevan relevantly
        reliances reliant relic relics relictions relie reliev reliever relievers religionists religiosity relining
        relinquishes relish relished relishes relishing relitigated reload reloaded relocate relocated relocates
        relocating reluctan remake remanufacture remanufacturers remarriage remarried rematch remed remediable
        remedially remediate remediation remediless remedium remembering remembers remembrance reminders reminding
        remiss remission remits remittance remittances remitting remittitur remnant remnants remonstrate remorseless
        remoteness remotest remov remunerative ren renal renamed rende rendezvous renegade reneged renegotiate
        renegotiated renewable renewing renews renominated renounces renouncing renovate renovated renovating renovation
        renowned renters renting renvoi reoffend reopens reordering reorganizable reorganizations reorganize
        reorganizing repackaged repackages repackaging repaid repainted repainting repaired repairing repairman
        repairmen repairs reparable repass repassed repatriated repaying repayments repealer repeaters repelled
        repellent repels repent repentance repercussions repertoire repertory repetitions repetitively rephrase
        rephrased rephrasing replacements replant replanting replead replenish replevied replevin replica replicate
        replicated replicates replicating replication replying reportable reportage reportcard reportedly reposes
        reposing reposition repositioned repositories repository repossessed repossession repossessions reprehensibility
        represen representativeness repress repressed repressing repressive reprieve reprieves reprimanded reprint
        reprinting reprints reprise reproach reproaches reproachful reprobation reprocessed reprocessing reproduces
        reproductions reprosecute reprosecuted reprosecutions republicanism republished repugnance repulsed repulsive
        repurchase repurchased reputable reputations repute reputed requester requir requisition requisitioned reread
        rereading reregister reregistration rerouted rerun resales reschedule rescheduled rescinding rescript rescued
        rescuers rescues resealed researched researcher researches researching resection resegregation reselling resembl
        resemblances resent resentation resented resentence resentences resentments reserv reservist reservoirs reset
        resettlement reshape reshaped reshaping reshuffle resignations resigning resilience resilient resis resistant
        resolute resolutely resolvable resonance resonate resonates resor resounding resoundingly resourceful
        resourcefulness respec respectability respirator respirators respiratory respite respondendum responders
        responsable responsibilit responsiveness ress ressing restart restarting restating restaurateur restaurateurs
        restful restitutionary restless restlessness restor restorative restores restrictio restrictiveness restructure
        restructured restructures restructurings resubmission resubmit resubmitted resubmitting resul resumes resuming
        resurface resurfacing resurgence resurrected resurrecting resurrection resurrects resuscitated resuscitates
        resuscitating resuscitation retai retailed retainer retainers retaliated retaliates retaliating retarding
        retards retermination retesting rethink rethought reticence reticent reticulated retirements retires retiring
        retold retort retrace retraced retract retracted retracting retraction retractions retraining retransmission
        retransmit retreated retreating retreats retrieval retrieving retrofitting retrogress retrogressive retrogressor
        retrospectivity retur returnable returnee reunification reunify reunite reunited reuniting reus reuse reusing
        revailing revamp revamped revamping revel revelatory revenge reventing revered reverence reverent revers
        reversion reverted reverter reverting reverts revetments reviewer reviewers revile reviled revisal revises
        revisionism revisionist revisiting revisits revisory revitalize revitalized revives reviving revocability
        revocations revokes revolt revolted revolting revolts revolutionaries revolutionists revolutionize
        revolutionized revolutions revolve revolved revolvers revolves revolving revulsion revved rewarded reweigh
        reweighed reworded rewording rework reworking rewrites rewrote rezone rezoned rezoning rhetorically rhyme rhythm
        rial riam rib ribbon richer riches richest richly richness ridden ridding riddled ridership rides ridges
        ridiculed rife rifled rift rig rigged rigging righ righted righteous righteousness rightholder rightholders
        rightness rigidified rigidities rigorousness rim riminal ringed ringing ringleader rinks rinsing rior rioting
        riotous riotously ripened ripening ripens ripped ripping ripple ripples rips ris risked riskier riskiness rison
        risoners rites rituals rity rivaled rivalries rivalry rivate riverbeds roach roaches roadbed roadblock
        roadblocks roadmap roadster roadways roamed roaming roar roast robable robably robe robed robes robs robustly
        rocedural roceedings rocess rocked rocket rocks rod rode rods rogue rogues rollback rolled romantic roofs
        rooftop rooftops rooftree rookie roomers rooming roommate rooting rootless rope ropercenter roperty roses rosin
        roster rosters rostrum rosy rotate rotated rotates rotating rote rotection rotted rotten roughs roughshod
        roulette roundabout rounding roundly rousing roustabout routed routines routing rovide roviding rovisions rowdy
        rowly rows rptd rub rubbing rubbish rubble rudder rudderless rude rudely rudiments rug rugged ruin ruined
        ruining ruins rul rulemakers rulemakings rum rummaged rummaging runaway rung runner runners runway rupture
        ruptured rush rushed rushes rushing ruthless ruthlessly sabbatical saboteurs sacked sacking sacrament sacredness
        sacrific sacrificial sacrilegious sacrosanct sacs saddle saddles saddling sadism sadistic sadistically sadly
        sadness sadomasochistic safehouses safekeeping saga sagacity sail sailboat sailed sailing sailor sailors sails
        salable salacious salaciously salamander saleable salesmanship salesperson salespersons salience saline saliva
        salmon salmonid salmonids saloon saloons salted salts salutes saluting salutory salvageable salvaged salvaging
        sameness sampled sanctified sanctimonious sanctionable sanctum sandbag sandbagging sandbox sandwiched sanguinary
        sanguine sanitariums sanitized sank sankirtan sans sap sapping saps sarcasm satellites satire satiric satirical
        satirized satisf satisfactions satisfie saturate saturation satyr sauce sauna savagely savagery savages savor
        savors savvy sawmill saxophone scab scabs scaffolding scaled scalp scalpel scan scandals scanned scanner
        scanning scanty scao scapegoats scar scare scars scary scathing scatter scattering scattershot scavengers scenic
        schizophrenic schizotypal scholastic schoo schoolbooks schoolboy schoolchild schoolday schooldays schooled
        schoolmaster schoolroom schoolrooms schoolteacher schoolteachers schoolwork scintilla scion scire scissors
        sclerosis scofflaw scoop scooping scorn scorned scot scour scourge scourged scouring scramble scrambled
        scrambling scrape scraped scraping scrapings scrapped scrapping scratch scratches scratching scream screamed
        screams screenings screenplays screw screwdriver screwed scribed scrip scripted scription scripts scriptural
        scrivener scroll scrolls scruple scrutinizes scuba scuffle scuffling sculptural sculpture scum scurrilous
        scuttle sdrdc seabed seacoast seagoing seals seam seamless seaport seaports searchable searchers searchingly
        searchlight searing seashore seaside seasonable seasonably seasonally seasoned seasons seattleschools seawall
        seawalls seaworthiness seaworthy secession secluded seclusion secondarily seconded secondhand secretarial
        secrete secreted secreting secretion secretive secs sectarianism sectio sectional secularism secularity
        secularization secularize secularly secur securely sed sedate sedated sedating sedation sedative sedatives
        sedimentation seduce seduced seduction seductive sedulously seeding seeker seekers seemly seepage seeps
        segmentation segregable segregat segregates segregationist segregationists seine seined seipsum seised seismic
        seiz seizable sel selectmen selector selfish selfishly selfishness selfsame sellable selves semantical semantics
        semble semiaquatic semiautomatic semiconscious semiflush seminaries seminars semiprivate semiprofessional
        semiprotected semitrailer semiweekly senders seniors sensation sensational sensationalism sensations sensed
        senselessly senselessness sensibility sensing sensitively sensitiveness sensitivities sensory sensual sensualist
        sensuality sensuous sentenc sentient sentry separability separably separat separateness separationist
        separationists separations separatist septic sequel sequences sequential sequentially sequester sequestrator
        serendipitously serenity sergeants serialization serially seriatim sermon sermons serologist serology serpentine
        server servers servic serviceability serviceable serviced servicewoman servicewomen servicing servile servility
        servitudes ses setback setoff setoffs settler sevenths seventies severalty severer severest severing severs
        sewed sewers sewn sexism sexist sexuality shabby shackle shackled shackles shackling shaded shading shadowed
        shadowing shadows shadowy shafts shake shakedown shakedowns shaken shakes shaking shal shallow shallowness
        shallows shambles shamed shameless shampoo shapeless shar shark sharks sharpen sharpened sharpening sharper
        sharpest shatter shattered shattering shaved shaven shaving shavings shearing sheath shedding sheerest shellfish
        shells sheltering shelters shelves shepherded shepherds shewn shibboleth shibboleths shied shilling shine shined
        shiners shines shining shiny shipboard shipbuilder shipmaster shipowner shipowners shipyard shirk shirked shirks
        shirts sho shoal shocked shockingly shoddy shoehorn shoehorning shoemakers shoeprint shook shooter shootout
        shoots shopkeeper shopkeepers shoplifter shoplifters shopped shoppers shorefront shoreline shorelines shoreward
        shortages shortcoming shortcut shortcuts shorten shortening shortest shortfalls shortness shorts shortsighted
        shortstop shouldered shouldering shout shouted shouts shoved shoving showcased showering showers showups shrank
        shredded shreds shrewd shrimping shrinking shrinks shrivel shrouded shrub shrubs shrug shrugged shrugs shrunk
        shtml shudder shuffles shuffling shun shunned shutdown shutdowns shuts shutting shy siad sible sibling sic
        sickle sideburns sidedness sideline sidelines sidestep sidestepping sidesteps siege sift sifted sighted sighting
        sights signaling signalled signalling signally signer signers signifi significan signification signpos signpost
        signposts silencer silences silencing silhouette sill silliness silt silverware simile simplest simplification
        simplifies simplifying simplistically simulate simulates simulating simulations singleness sings singularity
        sinks sion sional sions siphon sired siren sirens siso sistent siting sittings situate situatio situational sity
        sive sively sizeable skating skein skeletal skeleton sketches sketchily sketching sketchy skew skewing skews
        skidded skiing skilful skillful skillfully skim skimmed skins skip skipped skipping skips skirmish skirt skirted
        skirting skirts skit skyrocketing slacken slacks slackwater slain slam slammed slamming slandered slanderous
        slanders slang slant slanted slap slapped slash slashed slated slates slating slaughter slaughtered
        slaughterhouses slaughters slaveholders slaveholding slavish slay slayer slaying slayings sledge sleeplessness
        sleeps sleepy sleeve sleigh sleight slew slice slices slicing slide slides slighted slighter slights slimmest
        slipped slippers slipping slit sliver slogans sloop slopes sloppy slot slots slough slowed slower slowing slows
        sludge slug sluice sluices slum slumber slump slumped slumps slums slur slurred slurring slurs smack smacking
        smacks smallpox smart smash smashed smashing smattering smear smears smelling smelters smile smoked smoker
        smokescreen smokeshop smokestack smoothly smoothness smorgasbord smother smug smuggler smuggles smut snack
        snaked snakelike snakes snapped snapshot snapshots snatch snatched sneak sneakers sniff sniffing sniffs sniper
        snippet snippets snitch snitches snoops snowpack snowy snuff soaked soaking soapbox soared soaring sobering
        socalled socialistic socialization socialize socializing sociologist sociologists sociology sociopath
        sociopathic sociopolitical socioscientific socket socks soda sodded sodomized soe soever sofa soften softened
        softening soit sojourn sojourners sojourning sojourns solace solecism solemnities solemnize solemnized
        solemnizing soles solicitee solicitousness solidarity solidified solidifies solidity solidly solids solitude
        solo soluble solvent solves someplace somersaults sonable sonal songs soothed soothingly sophistic sophistry
        sophomore sore sorely sororities sorrow sorry sorta sorted sorting sos soul souls soundest soup sour soured
        southbound southerly southward souvenirs sow sowed sowing sown soybean soybeans spaced spacious spanked spanking
        spanned spans spar spares spark sparseness spasm spasms spate spatial spatter spattered spawn spawning spawns
        specialization specialize specializes specializing specialty specif specimens spectacle spectacles spectacular
        spectacularly spectator specters spectre spectrometry speculat speculated speculations speculatively
        speculativeness speculators sped speechmaking speeded speeder speedometer speeds spelling spells spen spenders
        spendthrift sperm spider spike spikes spiking spilling spillover spills spilt spin spinal spine spinning spiral
        spiraling spirituality spiritually spit spiteful spitting splash spleen splendid splinter splintering splits
        spoil spoilage spoiled spoils spokesperson spokespersons spokeswoman spoliation spontaneity spontaneously
        sporadically sportsmanship sportsmen spotless spotlight spots spotted spotting spotty spouts sprang sprawling
        spray sprayed sprayers spraying spreads spreadsheet springboard springes springing sprinkled sprinkler sprung
        spun spurn spurned spurred spy spying squabbling squadron squads squalid squandered squares squatters squatting
        squeeze squeezed squeezing squelch ssion ssrn ssuming stab stabbings stabilized stabilizes stables stablishing
        stacked stacking stacks stadium stadiums staffed staffer staffers staged stagehands staggered staging stagnant
        stagnate stagnation stain stainless stairway stairwell staked stakeholder stakeout staking stalemate staleness
        stalked stalkers stalking stall stalled stamina stampede stamping stances stanch standalone standar
        standardization standardize standardizing standoff standstill stared staring starkest starred starring stars
        starters startle startled startup starvation starve starving stash stashes statelaw stateless statelessness
        stately stateprison staters stateside statesmanship stationhouse stationing statistic statistician statu
        statuary statue statues statuette statuettes statuses statut staunch stave steadfast stealth stealthily stealthy
        steamboats steamer steamers steelmaking steep steeped steeply steer steerage steered steering stench stencil
        stenographer stenographers stenographic stenographically stepchild stepchildren stepdaughter stepmother
        stepparent stepping stepsister stepson stereo stereotyped stereotypic sterility sterilize sterilized sterilizes
        sterner sternly stewardship sticker stickers sticking sticks stickup stiff stiffen stiffened stiffer stiffest
        stifled stifles stigmatic stigmatization stigmatize stigmatizes stillborn stilled stills stilted stilts
        stimulant stimulated stimulates stimulating stimulation stimulative stimulators sting stingy stint stipends
        stipulates stipulating stir stirred stirrup stirs stitution stitutional stockade stocked stockings stockpile
        stockyard stoker stole stomped stones stool stooping stopgap stoppages storefront storehouse storekeeper
        storeroom storms stormwater stormy storytelling stoutly stoves straddle straddles straightaway straighten
        straightforwardly straightjacket straining straitjacketing straits strand stranded strangely strangeness
        strangle strangled stranglehold strangleholds strangling strangulation strap strapped straps strata stratagem
        stratagems strategically stratification stratified stratum straw strawman straws strayed straying strays
        streaming streamline streamlined streamlining streetcar streetcars strenuous stressful strewn strictness
        stricture stride strident strides strik stringency stringently stripe striped stripes stripping strives striving
        stroke strokes strolling strove structur structurally struggl strung stubborn stubbornly stubbornness stuck stud
        studious studiously stuffed stuffing stultify stultifying stumble stumbled stumbles stumbling stunned stunning
        stunt stunted stupid stupidity stupor sturdier sturdy styles styling stylistic stylized stylus stymie stymied
        suability suable subcategories subcategory subch subclaim subclaims subclause subconscious subconsciously
        subcontract subcontracting subcontracts subculture subdistricted subdistricts subdivide subdivider subdividers
        subdividing subds subdue subdued subduing subgrantees subgroup subheading subholding subjec subjectiveness
        subjectmatter subjiciendum subjugate subjugating subjugation sublease sublicense sublicensed sublicenses
        sublimation subliminal submarine submarket submerge submergence submerges submerging submissive submitter
        submitters subnational subnormal subornation suborning subpar subparagraphs subparts subpena subpenaed subpenas
        subpoenaing subrange subrogated subrogee subrogees subscribership subscribes subscribing subsec subserve
        subserved subsets subside subsided subsist subsisted subsisting subsists subsoil subspecies substantia
        substantiates substantiating substantiation substate substations substitut substitutions subsume subsumes
        subsuming subsurface subterfuges subtitles subtler subtlety subtly subtracted subtracting subtraction subtracts
        subunit subunits suburbanites suburbia subvention subversives subverted subverting subverts subway successes
        successions successorship succinct succumb succumbed succumbs sucked sucker suction suddenness suffe sufferance
        sufferer sufferers sufferings suffocate suffocating suffocation suffused sugars sugges suggestibility
        suggestible suicidal suitors sulfathiazole sulfur sulindac sults sume summaries summations summing summonses
        sunbathing sundry sunglasses sunk sunken sunlight superadd superadded superadjacent superb superfluities
        superimpose superimposed superimposes superimposing superinduced superintend superintending superintends
        superlegislature supermajority supermarkets supernatural supernode supernodes supersedeas supersession
        superstition superstitious superstructure supertanker supervened supervening supervisorial supinely supper suppl
        supplantation supplants supple supplicant supplication supplications suppor supposes suppositions suppressible
        suppressions supracompetitive suprema supremacist supremely surcease sured surer surest sureties surfaces
        surfacing surfing surge surgeries surgically surmised surmises surmount surmounted surmounts surname surnamed
        surnames surpass surpassed surpasses surpassing surpluses surprises surrendering surreptitious surrogates
        surveil surveyor survivor suspectness suspenders suspends suspiciously sustenance suum swallowed swallowing
        swallows swamp swamped swamps swap swapped swapping swarm swastika swaths swears sweater sweating sweatshirt
        sweepingly sweepings sweets swell swelled swelling swerve swerved swifter swiftness swim swindle swindling
        swinging swings switchboard switched switches switchman swollen swoop swords swung syllable syllogistic
        symbiotic symbolically symbolism symbolize symbolized symbolizes symmetric symmetrical sympathetically
        sympathize sympathizers symphony symptom symptomatic synagogue synagogues sync synch syndicated syndicates
        syndication synergy synonym synonymously synonyms synopsis syntax synthesis synthesize synthesizing syringe
        syringes systematize systematized systemically tabid tableau tabled taboo taboos tabular tabulated tabulation
        tabulations tacked tacking tackle tackled tact tactile tag tagged tags tail tailed tailors tails tain taining
        tainting taints tak takeoff takeovers takers taketh tal tale talent talented tales talisman talismanically
        talismans talkative taller tallest tallied tallies tallying tame tamper tampered tance tandards tanding
        tangential tangibles tangibly tangle tangled tanker tanning tap taping tapped tapping taps tardily tardiness
        tardy tare targe tarnish tarnishes tarry tart tasked tasteless tatements tates tation tattoo tattoos tatutes
        tatutory taunted taunting taunts tautological tautology tavern taverns tawdry taxability taxi taxicabs taxonomic
        taxonomy taxpaying tdba teamed tearing teas tease teased teasing technica technicalities technologically ted
        tedious tedium teeming teen telecast telecasting telecasts telecommunication telegram telegrams telegraphed
        telegraphic telemarketing telephoning teletype televise televising televisions tellers telltale tem temerity
        temperament temperance temperate tempering tempers template temples temporally tempt temptations tempts tempus
        tenably tenacious tenaciously tenacity tenancy tenderhearted tenderness tenders tendon tenement tenements
        tenetur tenfold tennis tensed tentacles tentativeness tenths tents tenuously tepid terest terials terminable
        terminat terminations terming termini terminological terminous terminus termite terrae terrain terrestrial
        terribly terrific terrified terrify terrifying terroe terrorem terroristic terrorists terrorize terrorized
        terrorizing terse tersely tertiary tes testate testator testatrix tester testers testicles testicular
        testificandum tether tethered tevens textiles texture tha thanked thankful thankfully thanking thatthe theatened
        thee theism theistic thenceforth theocentric theologian theologians theologically theorem theoretic theorists
        theorized theorizing ther therapist thereabouts thereat thereunto thermal thermometer thermostats therwise thick
        thickets thickly thier thievery thine thinkers thinly thinner thinness thirdly thirst thirsty thirtieth thither
        tho thority thorny thoroughfare thoroughfares thoroughgoing thoughtfully thoughtless thoughtlessly threads
        threate threejudge threshing thrice thrill thrived thrives thriving throats throes thrombophlebitis throne
        thrones throttle throughs throwaway thru thrusting thrusts thumbscrew thusly thwarting thwarts thyself tially
        tic tice tices ticker ticketed ticketing ticking ticular tidally tides tidewaters tideway tidiness tidy
        tiebreaker tiers tified tify tighten tightened tightening tighter tightrope tiles tilt tilted tilting tilts
        timberland timberlands timeclock timeclocks timed timeframe timeless timeline timer timestudy timetable
        timetables timidity timorous tinged tiniest tinkering tinued tional tioned tioner tioners tipped tippees tipper
        tippers tippling tirade tired tirelessly tirely tis tissues titanium tithes titillate titillation titleholders
        titular tive toddler toddlers toe toes toil toilers toiletries toilets toils tolerability tolerably tolerances
        tolerat tolerating tombstone toner tones tongues tonics tonight tooth toothbrush toothless toothpaste topical
        topless topographic topographical topography topping topple tops tor tore tories torment tormenting tornado
        torney torrent tors torso tortiously tortuous torturer torturers tortures torturing torturous tory toss tossed
        tosses totalitarianism totalizing totalling tothe touchings touchstones toughened tougher toughness tournament
        tout touted touting touts tow towed towel towels towered townships townsite toxemia toxicological toxicology
        toxins toyed toys traceability trachea trackage tractors trad tradeoff tradeoffs trader tradesman tradesmen
        traducing traduction trafficked tragedies tragically trailed trailers trailing trainee trainees trainer traitor
        traitorous traitorously traitors trajectory trammel trammeled trammels tramp trample trampled tramples trampling
        tranquil tranquilization tranquilizer tranquillity transactional transcended transcendental transcending
        transcribe transcription transcriptions transferees transference transferor transfor transformations
        transformative transfusion transfusions transgresses transgressor transiently transients transitional
        transitioning transjurisdictional translatable translates translating translations translator transls
        translucent transmissible transmissions transmitter transmute transmuted transom transparencies transparency
        transparently transpire transpires transpiring transplantation transplanted transplanting transportations
        transporter transporters transporteur transposed transposing transposition transsexual trapped trappers
        trappings traps trary trategic tration traumas traumatize traumatized travail travaux travelled travellers
        travelling traversable traverse traversed traversing travesty trawl trawling tray trays tre trea treachery
        treading treadmill treads treasonous treasons treasured treasurers treasures treatable treatments trebled
        trebling tremendously tremors trenchant trenched trenching trended trespassed trespasser trespassers trespasses
        trespassing trespassory trestle triad triads triangle triangles tribally tribulations tribute tribution tricked
        trickle tricks tricky trict trifles trifurcated triggerman triggermen trile trilemma trillion trim trimesters
        trine trio triple tripled triplex triplicate tripling triply tripped tripping trite triumph triumphed triumphs
        trivia trivialities triviality trivialization trivialize trivialized trivializes trivializing trod trolling
        trong troop troopers trophy troublemaker trousers trout trover truancy truant truce truckdriver truckdrivers
        trucker truculent truer truest truisms trumped trumpet trumpeting trumpets trumping trumps truncate truncates
        truncation trunks trusteeship trusteeships trusties trusting trusty truthtelling tryals tryed tryout tual tub
        tubal tuberculosis tubes tubing tucked tudents tug tugs tuitions tumble tumult tumultuous tumultuously tun tunc
        tune tuned tuner tunes tungsten tuning tunnels tuo tur turbine turbulence turbulent ture turf turgid turmoil
        turnabout turpentine turrets turtles turvy tutelage tutelary tution tutional tutor tutored tutorial tutoring
        tutors twat tween twilight twinkling twins twist twisted twisting twists twitching txdmv txt typeface
        typewriters typewritten typicality typified typifies typify typing typist typists typologies tyrannies tyrant
        tyrants ual ubi ubiquity ubject ublic ubstantial uction udges udgments ues uestions ugliness ugly uits ular
        ulation uld ules ull ultiple ultrasound uman umbilical umbrellas umerous umich ummary ump umpire umpires
        umpiring unabashed unabashedly unabated unabridgeable unacceptability unaccountable unaccredited unachievable
        unacknowledged unacquainted unadaptable unadjudicated unadjusted unadministrable unadmitted unadulterated
        unadvisedly unaesthetic unaffiliated unalleged unalloyed unalterable unalterably unamenable unamended unanalyzed
        unanswerable unapologetic unappealable unappealed unappealing unappetizing unappropriated unapproved unargued
        unarrested unascertainable unascertained unasserted unassigned unassimilated unassisted unattainable
        unattributable unavailingly unawareness unbalanced unbearable unbeknownst unbelievable unbelievers unbending
        unblemished unblock unblocked unblocking unbranded unbreakable unbuckled unbundle unbundled unbundling
        unburdened unc uncalled uncanny unceasing unceasingly uncensored unceremoniously uncertified unchallengeable
        unchangeable unchangeableness unchanging unchanneled uncharged uncharitable uncharted unchartered unchastity
        unchristian uncivilized unclaimed unclassifiable unclassified unclean unclearly uncles unclothed uncluttered
        uncodified uncoerced uncoercive uncollected uncomfortably uncommitted uncommonly uncommunicated uncompetitive
        uncompleted uncomplicated uncomprehending uncompromising unconcerned unconditioned unconfined unconflicted
        unconfronted uncongenial unconsciously unconsidered unconstrued uncontrovertible unconventional unconvicted
        unconvincingly uncooperative uncoordinated uncopyrightable uncopyrighted uncorrupted uncounselled uncounted
        uncouth uncovering uncovers uncredited uncured undamaged undamental undated undebatable undeclared undefecated
        undefinable undemanding undemocratic undemonstrated undenied underbidding underblocking underbreadth underbrush
        underclass undercounting undercounts undercutting underdepreciation underdeveloped underemployed underemployment
        underenforcement underestimated underestimates underestimating underestimation underfunded underfunding
        undergarments undergird undergirded undergirding undergirds undergoes undergraduates underinclusion
        underinclusivity underlain underline underlined underlines underlings underly undermin underpaid underpants
        underpayment underpayments underperformance underperforming underpin underpinned underpins underplays
        underpopulated underpopulation underprice underprivileged underproduced underreported underreporting
        underscoring undersell underserved underside undersigned undersized understaffed understate understated
        understates undertak undertakers undertakings undertones undervaluation undervalue undervalued undervalues
        undervaluing underwear underworld underwrite underwriter underwrites underwriting underwritten undeserved
        undesignated undesirably undesired undetectable undetermined undeterred undevelopable undeviating
        undifferentiable undignified undiminished undirected undisciplined undiscounted undiscoverable undiscovered
        undiscriminating undisguised undisposed undisputable undisputedly undisseminated undistinguished undistorted
        undistributed undoes undoing undreds undress undressed unds unearmarked unearned unearth unearthed unearthing
        unease uneasily uneasiness uneconomic uneconomical unedifying unedited uneducated unelaborated unemancipated
        unembarrassed unembellished unemotional unenacted unencumbered unending unendurable unenforceability unenforced
        unenforcible unenlightened unenlightening unenthusiastic unenviable unequaled unerring unerringly unethically
        unevenly uneventful unexamined unexceptional unexcused unexercised unexpectedly unexpended unexpired
        unexplainable unexplicated unexplored unexposed unextinguished unfailingly unfamiliarity unfathomable
        unfavorably unfavored unfeasible unfilled unfiltered unfinished unfits unfitted unflagging unflattering
        unflinching unfocused unfold unfolded unfolding unfolds unforgettable unforgiving unfrequently unfriendliness
        unfriendly unfulfilled unfunded unfurled unfurling ungainly ungoverned ungrammatical ungrateful ungrounded
        unguarded unh unhallowed unhampered unhappily unhappiness unharmed unhcr unhealthful unheeded unhelpfully
        unheralded unhesitating unhesitatingly unhindered unhurried unicameral unicipal unicorn unidirectional uniforms
        unify unilluminated unilluminating unimaginable unimaginative unimpeachable unimpeached unimportance unimpressed
        unimpressive unimproved unindicted uninfluenced uninformative uninhabitable uninhabited uninspected uninsured
        unintelligent unintelligible uninterested uninterpreted unintrusive uninvolved unionize unionized unison unites
        uniting unitive universality unkind unknowingly unknowledgeable unknowns unlamented unlearned unleased unleash
        unleashed unlesse unlighted unlikelihood unliquidated unlisted unlitigated unload unloaded unloading unlock
        unlocked unlucky unmade unmaking unmanageability unmasked unmatched unmeasurable unmeasured unmerited
        unmeritorious unmet unmistakabl unmistakenly unmitigated unmixed unmodified unmolested unmonitored unmoor
        unmoored unmoors unmotivated unmoved unnarrowed unnaturally unneeded unnumbered unobjected unobserved
        unobtainable unobtrusive unobtrusively unobvious unoccupied unoffending unopened unoperated unorganized
        unorthodoxy unpacked unpaginated unpalatable unparalleled unparticularized unpatentability unpatriotic unpaved
        unperformed unpermitted unpersuasively unplanned unpleasantly unpleasantness unpopularity unprecleared
        unpredictably unprejudiced unpremeditated unpresented unpreserved unpressured unpretentious unpriced
        unproblematic unprocessed unprofitable unprohibited unpromising unprovable unproved unproven unprovided
        unpursued unqualifiedly unquantifiable unquantified unquestioning unquestioningly unraised unravel unraveled
        unraveling unravels unreachable unreal unrealistically unreality unrealized unrebutted unreceptive
        unrecognizable unrecognized unrecompensed unrecorded unrecoverable unredressed unreflective unrefuted
        unregistrable unregulable unreimbursed unrelenting unrelieved unremarkably unremitted unremitting unrepealed
        unrepentant unrepresentative unrequested unreserved unreservedly unresponsiveness unrevealing unreversed
        unreviewability unruly unsaid unsanitary unsatisfactorily unsatisfying unsavory unscathed unscheduled unschooled
        unscientific unscrambled unsealed unseat unseating unseaworthy unsecured unseen unsegregated unselfish unserved
        unsettles unshared unsightly unsited unskilfully unskilled unskillful unsold unsolved unsophisticated
        unsoundness unspeakable unspecific unspoken unstamped unsteady unstinting unstitch unstructured unsubstantial
        unsuitability unsullied unsupervised unsupportive unsusceptible unsuspected unsuspecting unsustainable unsworne
        unt untangle untangled untangling untaxed untechnical untempered untenably untenured untethering untethers
        unthinking unthinkingly untidy untied untimeliness unting untold untolled untouchable untrammelled untreatable
        untreated untried untroubled untrustworthiness untruth untruthful untruthfully untruthfulness untruths untutored
        unusable unused unusualness unvaried unvarnished unvarying unveiled unverifiable unverified unvested unwaivable
        unwarrantable unwarrantably unwarrantedly unwavering unwaveringly unwhipped unwholesome unwieldy unwillingly
        unwisdom unwisely unwitting unwittingly unworkability unworkably unzipped updates upend upended upends upfront
        upgrade upgraded uph upheaval uphill upholstery upkeep upload uppermost upporters upright uprightness uprising
        uprisings uproar uproot uprooted uprooting upside upstart upstarts upstate upsurge uranium urbanization
        urbanized urcharges ure urely urg urgently urgings uries urinals urinary urinated urinates urination uring
        urisdiction urning urors urs ursuant ury uscis uscourts useth usethe usher ushered ushers uspto usque ust usu
        usufruct usurious usurpations usurps usury utensils utere uterine utero uterus utilizes utopian utside utters
        vacationers vacations vaccinated vaccination vaccinations vaccines vacillated vacuo vacuous vacuums vagabonds
        vaginally vagrant vagrants vaguer vaguest vagus vainly valiant valiantly validates valise valleys valuables
        valuations valuing valve vanadium vandalism vandalized vanguard vanilla vanished vanishes vanishing vanishingly
        vanity vantage vapor variability variants varicose variegated varsity vasectomies vasectomy vaults vaunted
        veered veering veers vegetable vegetables vehemence vehement vehemently veil veiled velocity venal venality vend
        vendee vendees vendettas veneer venerated veneration vengeful venipuncture venireperson venirepersons venires
        vent ventilate ventilated ventricles vents ventured venturesome venturing venues ver verba verbalization
        verbalizations verbalized verbiage verge verges verifies veritable verity vermin vernacular verse verses vertex
        vertically vesicant vestibule vestige vestigial vestry veterinarians veterinary vetoable vetoes vetoing vets vex
        vexation vexations vexatiously vexatiousness vexed vexes vgn vial vials vibrant viciousness vicissitudes victed
        victimless viction victories victorious victors victuallers vided videocassette videocassettes videodiscs
        videotapes videotaping viduals vie viewership viewings vigil vigilante vigilantly vigore vigour vii viii
        vileness vilest vilification vilified villages villain villains vindicable vindicat vindictively ving violat
        violin vious viously vir virtuoso virtuous virulence virulent virus visaholders visas visceral visibly visionary
        visions visitations vistas visualize visualized visualizes vitalize vitals vitamin vitiates vitiating
        vituperative viva vivos vocabulary vocal vocations voce vociferous vociferously vodka vogue voicing voided
        voiding voidness voire volatile volatility volcanic volitional volleyball voltage volts volumetric voluntarism
        volunteering volved volving vomited vomiting vortex vot votegetters vouch vouched vouches vouchsafe vouchsafed
        vowed voyages vulcanisation vulcanizing vulgarities vulgarity vult vying waded wag waged wager waging wagons
        wags wailfully waist waistband waiter waitress waitresses waits waivability waivered waking walkers walkout
        walkway walkways wallets walnuts wand wandered wanderings wanders wane waned wanes waning wanto wardrobe
        wardship warily warlike warm warmaking warmer warmly warmth warp warped warranties warranto washer washes
        washingtonpost washout wastebasket wastefully wastewater watchdog watcher watchers watches watchful watchfulness
        watchman watchmen watchword wate waterborne watercourse watercraft waterfall waterfalls waterfowl waterfront
        watering waterline watertight watery waved wavelength wavered wavering waves waving wayward waywardness
        weakening weakest weakly weal wealthier wealthiest weaponry wearer wearisome weary weave wed wedded weddings
        wedge wedged wee weeded weeding weeds weekday weekend weekends wehave weig weightier weightiest weightily
        weightless weird welcomed welcomes welcoming welder welding wellspring wellsprings welter wer westernmost
        westward wet whale whales wharfage wharfboat wharfingers whatnot wheelchairs whereafter wherefore whereon
        whereunder wherewithal whet whic whiff whims whimsical whimsy whip whipped whipping whippings whirlwind whiskey
        whisky whisper whispered whispering whistleblowers whistling whit whitehouse whitehousedrugpolicy whiteners
        whitening whitewashed whither whittle whittled whittling wholehearted wholesales whomsoever wickedness widen
        widening widens widowed widower wielding wig wigs wildcat wildfires wildly wilds wilfulness willed windfalls
        winding windmill winds windshield wines winged wings wink winks winnow winnowed winnowing wipes wiping wiretaps
        wiring wisest wishe wishful wisp witchcraft witches withal withdr withdraws wither withered withering
        withstanding withstands withstood witnes witnesseth witnessing wits witted wittingly wobbler wobblers woke
        womanhood womensguidelines wondered wonderful wonderfully wondering wonderment wondrous wont wooded woodenly
        woof wool woolen woolly wor wordplay workability workaday workday workforces workingmen workloads workmanship
        workout workpapers worksharing worksheets workshops worksite workweek worrisome worrying worsen worsened
        worsening worsens worshiping worshipper worshippers worshipping worthiness worthlessness woven wral wrap wrapper
        wrappers wrapping wraps wrath wreak wreaked wreaking wreaks wreaths wrecked wrench wrenched wrenches wrenching
        wrest wrested wresting wrestle wrestled wrestlers wring wringing wrings wrist wrists writhe wrongheaded wrung
        xacting xcept xcessive xclusion xii xiii xiv xli xml xpenditure xperience xpress xtensive xvi xvii xviii xxi
        xxii xxiii xxix xxv xxvi xxvii xxxii xxxiii xxxiv xxxix xxxv xxxvii yacht yachts yardsticks yarmulkes yawn yea
        yearning yeas yeh yell yelling yeomen yiel ying yoke youngest youngster youngsters yourselves youthfulness yrs
        zealots zealously zed zen zest zippered zoo zoos
        """;
}
