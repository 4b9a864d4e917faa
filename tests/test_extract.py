"""Extraction as a table: sentence -> the (source, relation, target) set it must give.

Symmetric relations (meet, cooperate) are written with the pair sorted.
"""

from __future__ import annotations

import itertools

import pytest

from .conftest import extract_text

CASES = [
    # active, passive, coordination, reciprocals
    ("North Korea on Sunday accused the United States of plotting an invasion.", {("PRK", "accuse", "USA")}),
    ("The strike was condemned by France and Germany.", set()),
    ("Israel was condemned by Turkey on Monday.", {("TUR", "accuse", "ISR")}),
    ("Russia's invasion was denounced by Poland and Lithuania.", {("POL", "accuse", "RUS"), ("LTU", "accuse", "RUS")}),
    (
        "The US, South Korea and Japan met on the sidelines of the summit.",
        {("JPN", "meet", "KOR"), ("JPN", "meet", "USA"), ("KOR", "meet", "USA")},
    ),
    ("China criticised Japan and the Philippines for the joint patrols.", {("CHN", "accuse", "JPN"), ("CHN", "accuse", "PHL")}),
    ("India and Pakistan accused each other of violating the ceasefire.", {("IND", "accuse", "PAK"), ("PAK", "accuse", "IND")}),
    # officials, demonyms, capitals, titles
    (
        "Japanese Prime Minister Fumio Kishida met NATO Secretary General Jens Stoltenberg in Washington.",
        {("JPN", "meet", "NATO")},
    ),
    ("Pyongyang slammed Washington for its hostile policy.", {("PRK", "accuse", "USA")}),
    ("A Chinese defence ministry spokesman warned Taiwan against provocations.", {("CHN", "threaten", "TWN")}),
    ("Rafael Grossi, head of the IAEA, criticised Iran over the missing cameras.", {("IAEA", "accuse", "IRN")}),
    ("Ghanaian President John Mahama met his Nigerian counterpart in Abuja.", {("GHA", "meet", "NGA")}),
    # nominal forms
    ("Talks between Armenia and Azerbaijan resumed in Geneva.", {("ARM", "meet", "AZE")}),
    ("Egypt and Qatar held talks with Israel on Tuesday.", {("EGY", "meet", "ISR"), ("ISR", "meet", "QAT")}),
    (
        "Russia will hold joint naval drills with China and Iran.",
        {("CHN", "cooperate", "RUS"), ("IRN", "cooperate", "RUS"), ("CHN", "cooperate", "IRN")},
    ),
    ("Germany signed a security agreement with Ukraine.", {("DEU", "cooperate", "UKR")}),
    ("The European Union imposed fresh sanctions on Russia.", {("EU", "sanction", "RUS")}),
    ("Israeli strikes on Iran killed several commanders.", {("ISR", "attack", "IRN")}),
    # reported speech
    ("North Korea said the United States is the most serious threat to peace.", {("PRK", "accuse", "USA")}),
    ("The Kremlin called NATO a threat to Russia.", {("RUS", "accuse", "NATO")}),
    # coreference within the passage
    ("Iran's foreign ministry issued a statement on Monday. The ministry condemned Israel.", {("IRN", "accuse", "ISR")}),
    (
        "Xi Jinping received Vladimir Putin in Beijing. The two leaders signed a partnership treaty.",
        {("CHN", "meet", "RUS"), ("CHN", "cooperate", "RUS")},
    ),
    ("Brazil's president spoke by phone with his Argentine counterpart on Monday.", {("ARG", "meet", "BRA")}),
    # "the two presidents" are states or their leaders, never the organisation named between them
    (
        "Russian President Vladimir Putin is courting Erdogan in a move seen as an attempt to undermine NATO. "
        "The two presidents are closely cooperating in Syria.",
        {("RUS", "cooperate", "TUR")},
    ),
    # a prospect is not an event: the clause under "chance", "possibility", "prospect"
    ("Analysts see little chance that Japan and China will hold a summit this year.", set()),
    ("There is a possibility that Russia will attack Finland.", set()),
    # those who ask for a meeting or back an appeal do not meet each other; a phone call is still a meeting
    ("A Security Council meeting requested by France, Britain and Japan opened on Monday.", set()),
    ("Greece, Panama and Chile also supported the call.", set()),
    ("Biden and Xi held a call on Tuesday.", {("CHN", "meet", "USA")}),
    # opposing a proposal rejects its author; opposing a policy disapproves of its owner
    (
        "Italy, Poland and Austria opposed the levy proposed by the European Commission.",
        {("ITA", "reject", "EU"), ("POL", "reject", "EU"), ("AUT", "reject", "EU")},
    ),
    ("The United States opposes China's maritime expansion.", {("USA", "accuse", "CHN")}),
    # stopping material aid reduces relations (CAMEO 162), it is no aid
    ("Russia cut gas supplies to Ukraine.", {("RUS", "sanction", "UKR")}),
    ("Washington suspended military aid to Egypt.", {("USA", "sanction", "EGY")}),
    ("The United States said it would cease military aid and intelligence sharing with Ukraine.", {("USA", "sanction", "UKR")}),
    # a future hostile act on a condition is a threat; a friendly one is no event yet
    ("The United States will impose tariffs on Chinese goods if talks fail.", {("USA", "threaten", "CHN")}),
    ("China said it would retaliate against Japan if Tokyo sent warships to the strait.", {("CHN", "threaten", "JPN")}),
    ("Israel retaliated against Hezbollah on Sunday.", {("ISR", "attack", "hezbollah")}),
    ("Iran would sign a deal with the United States if sanctions were lifted.", set()),
    # "the resolution", "the accusations", "the request": what an actor made earlier in the article
    (
        "US lawmakers passed a resolution calling for a probe. Pakistan rejected the resolution on Wednesday.",
        {("PAK", "reject", "USA")},
    ),
    (
        "South Korea and the United States accuse Russia of buying shells from North Korea. "
        "Russia's envoy dismissed the accusations.",
        {
            ("KOR", "accuse", "RUS"),
            ("USA", "accuse", "RUS"),
            ("RUS", "reject", "KOR"),
            ("RUS", "reject", "USA"),
        },  # the charged purchase is the accusers' claim, not an act told
    ),
    ("North Korea asked for relief from sanctions. Trump denied the request.", {("USA", "reject", "PRK")}),
    ("The Taliban denied involvement in the attack.", set()),
    (
        "Malaysia, Vietnam and Brunei contest China's claims in the South China Sea.",
        {("MYS", "reject", "CHN"), ("VNM", "reject", "CHN"), ("BRN", "reject", "CHN")},
    ),
    # acting jointly is cooperation: partners in the modifiers, after "of"/"by", or in the clause
    ("The militants attacked a joint Kenya-U.S. military base.", {("KEN", "cooperate", "USA")}),
    ("U.S. and Iraqi forces killed the leader in a joint operation.", {("IRQ", "cooperate", "USA")}),
    ("Joint patrols by China and Russia near Alaska alarmed Washington.", {("CHN", "cooperate", "RUS")}),
    # restricting travel from a country sanctions it
    (
        "Italy has tightened restrictions on all travel from India, Bangladesh and Sri Lanka.",
        {("ITA", "sanction", "IND"), ("ITA", "sanction", "BGD"), ("ITA", "sanction", "LKA")},
    ),
    # a place is its state's ground: struck there, the state is hit; a place never acts
    ("Russian forces shelled Kharkiv on Sunday.", {("RUS", "attack", "UKR")}),
    ("Israeli warplanes struck targets in Gaza overnight.", {("ISR", "attack", "PSE")}),
    ("The BLA attacked a train in Balochistan province.", {("bla", "attack", "PAK")}),
    ("Kharkiv said it would rebuild the school with German funds.", set()),
    ("Pakistani forces killed 30 militants in Balochistan.", set()),
    # killing is an attack on the polity of those killed; offensives, operations and clashes are attacks
    ("Israel killed a senior Hezbollah commander in Beirut.", {("ISR", "attack", "hezbollah")}),
    ("Sudan's army launched an offensive against the RSF in Khartoum.", {("SDN", "attack", "rsf")}),
    ("Clashes between Indian and Chinese troops left 20 soldiers dead.", {("IND", "attack", "CHN"), ("CHN", "attack", "IND")}),
    ("Washington tightened export controls on Chinese chipmakers.", {("USA", "sanction", "CHN")}),
    # sanctions that "target" or "hit" are sanctions; an armed force's target may be what a polity owns
    (
        "He said Trump's tariffs targeting Canada and Mexico are aimed at cutting drug flows.",
        {("USA", "sanction", "CAN"), ("USA", "sanction", "MEX")},
    ),
    ("Russian missiles targeted Ukrainian power plants.", {("RUS", "attack", "UKR")}),
    ("The government targets 5% growth in Chinese exports.", set()),
    # "anti-Pakistan" is a stance, not Pakistan; "the Alliance of Democracies" is not the Alliance
    ("Pakistan accused India of providing support to anti-Pakistan militants.", {("PAK", "accuse", "IND")}),
    ("The Alliance of Democracies was sanctioned by Beijing this year.", set()),
    # backing what an actor made backs the actor; backers after "by"; "since 1947" runs to now
    (
        "The United States and France called on Iran to halt enrichment. Greece and Panama also supported the call.",
        {("GRC", "support", "USA"), ("GRC", "support", "FRA"), ("PAN", "support", "USA"), ("PAN", "support", "FRA")},
    ),
    ("Somali soldiers backed by African Union troops retook the town.", {("AU", "support", "SOM")}),
    ("Since gaining independence in 1947, Pakistan has received 23 bailout packages from the IMF.", {("IMF", "support", "PAK")}),
    # a hostile act threatened or weighed in public is a threat (CAMEO 13); one urged by others is nothing yet
    ("Turkey threatened sanctions against Sweden.", {("TUR", "threaten", "SWE")}),
    ("Trump threatened tariffs on Canadian goods.", {("USA", "threaten", "CAN")}),
    ("The EU is considering sanctions against Israeli ministers.", {("EU", "threaten", "ISR")}),
    ("Activists urged sanctions against Israeli ministers.", set()),
    # a guess about the future and a prospect are not events; an announced plan is
    ("Rubio said he believes leaders from the U.S. and China will meet at some point.", set()),
    ("Rubio said leaders from the U.S. and China will meet next month.", {("CHN", "meet", "USA")}),
    ("Analysts expect a possible summit between Japan and China.", set()),
    # an act only expected is not done: "were supposed to"
    ("Japan and China were supposed to hold talks in Beijing.", set()),
    ("The United States and Ukraine were supposed to sign a minerals deal, but the ceremony was called off.", set()),
    # people the gazetteer does not know, placed by the title the article gives them once
    (
        "Russian Ambassador Vassily Nebenzia spoke first at the council. Nebenzia accused Ukraine of shelling the plant.",
        {("RUS", "accuse", "UKR")},
    ),
    (
        "Swedish envoy Karl Lindqvist arrived on Monday. Later Lindqvist condemned Russia for the attack.",
        {("SWE", "accuse", "RUS")},
    ),
    # "the militants", "the insurgents": the armed group named before
    (
        "The Baloch Liberation Army claimed the bombing on Tuesday. The militants attacked Pakistani troops near Quetta.",
        {("bla", "attack", "PAK")},
    ),
    (
        "Al-Shabaab fighters stormed a hotel in Mogadishu. The insurgents later attacked Somali soldiers.",
        {("al_shabaab", "attack", "SOM")},
    ),
    # "we" in a quotation of several sentences: the one it is attributed to after it closes
    (
        "“Tokyo has crossed a line. We strongly condemn Japan for this decision. It must be reversed,” Chinese Foreign Minister "
        "Wang Yi told reporters.",
        {("CHN", "accuse", "JPN")},
    ),
    (
        "“We accuse Russia of lying about the attack. Nobody believes them.” "
        "Ukrainian Foreign Minister Dmytro Kuleba said on Monday.",
        {("UKR", "accuse", "RUS")},
    ),
    (
        "Sudanese and Chadian forces clashed overnight, with each side blaming the other for the violence.",
        {("SDN", "attack", "TCD"), ("TCD", "attack", "SDN"), ("SDN", "accuse", "TCD"), ("TCD", "accuse", "SDN")},
    ),
    ("Sweden became NATO's 32nd member in March.", {("NATO", "cooperate", "SWE")}),
    ("Bahrain and Qatar restored diplomatic relations on Wednesday.", {("BHR", "cooperate", "QAT")}),
    ("The Polish prime minister said Belarus was waging a hybrid war against Europe.", {("POL", "accuse", "BLR")}),
    ("Indonesia refrained from criticising Myanmar at the summit.", set()),
    ("Iraq's condemnation of Turkey's incursion was echoed by the Arab League.", {("IRQ", "accuse", "TUR")}),
    ("Pakistan vowed to destroy India if it crossed the border.", {("PAK", "threaten", "IND")}),
    ("Serbia was threatened with sanctions by the European Union over its stance.", {("EU", "threaten", "SRB")}),
    ("Vietnam has not ruled out buying weapons from Russia.", set()),
    (
        "The EU condemned North Korea's transfer of artillery shells to Russia.",
        {("EU", "accuse", "PRK"), ("PRK", "support", "RUS")},
    ),
    ("Hungary refrained from criticising China.", set()),
    ("Russia warned it would respond if NATO deployed troops to Finland.", {("RUS", "threaten", "NATO")}),
    ("Beijing warned that Washington would pay a heavy price for the visit.", {("CHN", "threaten", "USA")}),
    ("Iran warned of a crushing response if Israel struck its nuclear sites.", {("IRN", "threaten", "ISR")}),
    ("The central bank warned that inflation would rise if rates stayed low.", set()),
    (
        "Georgia's military said Russian forces pressed deeper into Georgian territory.",
        {("GEO", "accuse", "RUS"), ("RUS", "attack", "GEO")},
    ),
    # planned
    ("Japan and NATO will hold joint exercises next year.", {("JPN", "cooperate", "NATO")}),
    # diplomatic moves against an envoy's state
    ("Peru recalled its ambassador to Mexico on Thursday.", {("PER", "sanction", "MEX")}),
    ("Poland summoned the Belarusian ambassador on Friday.", {("POL", "accuse", "BLR")}),
    ("Peru, Chile recall ambassadors to Venezuela", {("PER", "sanction", "VEN"), ("CHL", "sanction", "VEN")}),
    # heads that stand for their "of" phrase, two bare objects, "became the first country to"
    ("Estonia expelled dozens of Russian diplomats.", {("EST", "sanction", "RUS")}),
    ("Germany will send Ukraine 20 tanks.", {("DEU", "support", "UKR")}),
    ("Kenya became the first country to recognise the new Somali government.", {("KEN", "support", "SOM")}),
    # nominal forms: owned targets, instruments, named summits, truces, welcomes
    (
        "Iran condemned Washington's recognition of Moroccan sovereignty over Western Sahara.",
        {("IRN", "accuse", "USA"), ("USA", "support", "MAR")},
    ),
    ("Moscow recognised two separatist regions in Georgia.", set()),
    ("India hit back with tariffs on Chinese goods.", {("IND", "sanction", "CHN")}),
    (
        "The leaders of Brazil, Mexico and Chile held their first G20 summit on Monday.",
        {("BRA", "meet", "CHL"), ("BRA", "meet", "MEX"), ("CHL", "meet", "MEX")},
    ),
    ("Sudan and Chad agreed to a ceasefire in Darfur.", {("SDN", "cooperate", "TCD")}),
    ("Kenya's president received a warm welcome from the Ethiopian prime minister.", {("ETH", "meet", "KEN")}),
    (
        "The presidents of Peru and Chile met in Lima. Their countries later signed a water agreement.",
        {("CHL", "meet", "PER"), ("CHL", "cooperate", "PER")},
    ),
    # threats: ultimatums, vows of retaliation against the last actor, a side's own announced strikes
    ("Serbia gave Kosovo 48 hours to withdraw its police.", {("SRB", "threaten", "XKX")}),
    (
        "Azerbaijani forces shelled Armenian villages on Sunday, and Armenia vowed to retaliate.",
        {("AZE", "attack", "ARM"), ("ARM", "threaten", "AZE")},
    ),
    ("Iran said its forces would strike Israeli bases.", {("IRN", "threaten", "ISR")}),
    ("Lithuania said Russia was responsible for the cyberattack.", {("LTU", "accuse", "RUS")}),
    # the object after its label, captures and seizures, trade owners, hyphenated abbreviations
    (
        'China dismissed as "groundless" Japanese accusations of espionage.',
        {("CHN", "reject", "JPN"), ("JPN", "accuse", "CHN")},
    ),
    ("Russian forces captured the Ukrainian town of Avdiivka.", {("RUS", "attack", "UKR")}),
    ("Turkey condemned Greece's seizure of two Turkish fishing boats.", {("TUR", "accuse", "GRC"), ("GRC", "attack", "TUR")}),
    ("Japan responded with penalties on Russian officials.", {("JPN", "sanction", "RUS")}),
    ("Canada banned imports of Russian steel.", {("CAN", "sanction", "RUS")}),
    ("Russia and China blocked a U.S.-drafted resolution on Myanmar.", {("RUS", "reject", "USA"), ("CHN", "reject", "USA")}),
    ("Israel fought Hezbollah in southern Lebanon.", {("ISR", "attack", "hezbollah"), ("hezbollah", "attack", "ISR")}),
    ("Egypt and Syria attacked Israel fifty years ago.", set()),
    ("China blocked a U.S. push to impose sanctions on Myanmar.", {("CHN", "reject", "USA")}),
    # formal protests, borne responsibility, passive threats, punishment vowed
    ("Seoul lodged a formal protest with Tokyo on Monday.", {("KOR", "accuse", "JPN")}),
    ("Poland said Belarus bore full responsibility for the border crisis.", {("POL", "accuse", "BLR")}),
    ("Turkey warned that the PKK would be crushed.", {("TUR", "threaten", "pkk")}),
    ("China vowed to punish Lithuania.", {("CHN", "threaten", "LTU")}),
    ("Russia said Ukrainian positions were shelled overnight.", set()),
    # object control: the object of "prompt" acts, and the narrator, not the speaker, tells it
    (
        "Norway said it would recognise Palestine, prompting Israel to expel Norwegian diplomats.",
        {("NOR", "support", "PSE"), ("ISR", "sanction", "NOR")},
    ),
    (
        "Iran shipped drones to Russia, which used them to pound Ukrainian cities.",
        {("IRN", "support", "RUS"), ("RUS", "attack", "UKR")},
    ),
    # proper-noun forces, raining fire on a country's towns
    ("Iran's Revolutionary Guards seized a British tanker on Friday.", {("IRN", "attack", "GBR")}),
    ("Russia rained missiles on towns across Ukraine.", {("RUS", "attack", "UKR")}),
    # traps: negation, denial, media, venues, hypotheticals, questions, mere co-mention
    ("Washington has no hostile intentions towards Pyongyang.", set()),
    ("South Korea did not accuse Japan of anything.", set()),
    ("China denied meeting Russian officials.", set()),
    ("Kishida told Tokyo's Kyodo news agency that the talks went well.", set()),
    ("The talks were held in Geneva and Vienna.", set()),
    ("If Russia attacks Poland, NATO would respond.", set()),
    ("Will France meet Germany next week?", set()),
    ("Exports from Brazil to Argentina rose by 4 percent last year.", set()),
    ("Apple accused Samsung of copying its designs.", set()),
    # organs of a polity, nominal events and their owners, legal acts, hyphenated pairs (issue 11)
    ("Officials in Ankara accused Greece of violating its airspace.", {("TUR", "accuse", "GRC")}),
    ("Tokyo's defence ministry protested to Beijing about the incursion.", {("JPN", "accuse", "CHN")}),
    ("Pakistan protested to the UN about Indian shelling.", {("PAK", "accuse", "IND")}),
    ("China denounced the deployment of American troops in the Philippines.", {("CHN", "accuse", "USA")}),
    ("South Africa filed a case against Israel at the ICJ.", {("ZAF", "accuse", "ISR")}),
    ("The EU opened a probe into China's subsidies.", {("EU", "accuse", "CHN")}),
    ("The Mexico-Canada talks ended without a deal.", {("CAN", "meet", "MEX")}),
    ("Both sides have suffered heavy losses in the Russia-Ukraine war.", {("RUS", "attack", "UKR"), ("UKR", "attack", "RUS")}),
    ("Russia's war in Ukraine entered its fourth year.", {("RUS", "attack", "UKR")}),
    # a trade war is fought with tariffs
    ("Trump's trade war with Canada escalated on Tuesday.", {("USA", "sanction", "CAN")}),
    ("The United States is waging a tariff war with China.", {("USA", "sanction", "CHN")}),
    ("Russia violated the ceasefire agreement with Ukraine.", {("RUS", "reject", "UKR")}),
    ("Greece violated Turkish airspace.", set()),
    (
        "The United States and Pakistan have both designated the Baloch Liberation Army as a terrorist group.",
        {("PAK", "sanction", "bla"), ("USA", "sanction", "bla")},
    ),
    ("The Rapid Support Forces shelled Sudanese army positions in El Fasher.", {("rsf", "attack", "SDN")}),
    # rejecting another's claim (which was made against the one rejecting it), first person in reported speech, refusals
    ("India rejected Pakistan's allegation.", {("IND", "reject", "PAK"), ("PAK", "accuse", "IND")}),
    (
        "We strongly reject the baseless allegations made by Pakistan, the Indian foreign ministry said.",
        {("IND", "reject", "PAK"), ("PAK", "accuse", "IND")},
    ),
    (
        "Afghanistan's Ministry of Foreign Affairs called Pakistan's assertions baseless.",
        {("AFG", "reject", "PAK"), ("PAK", "accuse", "AFG")},
    ),
    ("Russia refused to extradite the suspects to Britain.", {("RUS", "reject", "GBR")}),
    ("Turkey declined to extradite the suspects to the United States.", {("TUR", "reject", "USA")}),
    # an act received: it comes from the "from" phrase and falls on the subject
    ("Israel drew criticism from Turkey over the raid.", {("TUR", "accuse", "ISR")}),
    ("Israel faced condemnation from Egypt and Jordan.", {("EGY", "accuse", "ISR"), ("JOR", "accuse", "ISR")}),
    # the Soviet Union is Russia (its continuator state); another country's office is not the last one named
    ("The Soviet Union and the United States signed an arms control treaty.", {("RUS", "cooperate", "USA")}),
    (  # (Yugoslavia is Serbia, its continuator state)
        "Turkey hosted the summit on Monday. The Yugoslav foreign minister met the US secretary of state in Geneva.",
        {("SRB", "meet", "USA")},
    ),
    ("Iran refused to hold talks with the United States.", {("IRN", "reject", "USA")}),
    (
        "Burkina Faso, Mali and Niger withdrew from ECOWAS in January. "
        "The three military-led nations accused the regional body of failing to protect its members.",
        {("BFA", "accuse", "ECOWAS"), ("MLI", "accuse", "ECOWAS"), ("NER", "accuse", "ECOWAS")}
        | {("BFA", "sanction", "ECOWAS"), ("MLI", "sanction", "ECOWAS"), ("NER", "sanction", "ECOWAS")},
    ),
    # leaving an organisation reduces relations with it; leaving a country does not
    ("The United States quit the World Health Organization.", {("USA", "sanction", "WHO")}),
    ("Russia withdrew its troops from Syria.", set()),
    # a hostile act its own actor says may come, or warns of, is a threat; others' guesses and announcements are not
    (
        "Beijing has hinted that it could retaliate with tariffs on German and Italian vehicles.",
        {("CHN", "threaten", "DEU"), ("CHN", "threaten", "ITA")},
    ),
    ("Analysts said China could impose tariffs on German vehicles.", set()),
    ("China warned it would impose tariffs on German vehicles.", {("CHN", "threaten", "DEU")}),
    ("Hamas threatened to break the truce with Israel.", {("hamas", "threaten", "ISR")}),
    ("Russia broke its ceasefire with Ukraine.", {("RUS", "reject", "UKR")}),
    # partners named with the subject act with it; asking for a meeting is not holding one
    (
        "China, alongside Russia, vetoed the resolution drafted by the United States.",
        {("CHN", "reject", "USA"), ("RUS", "reject", "USA")},
    ),
    ("Germany, together with France, condemned Russia.", {("DEU", "accuse", "RUS"), ("FRA", "accuse", "RUS")}),
    ("The United States, along with Britain and France, called a meeting of the Security Council.", set()),
    # relationship nouns: who they describe, with whom
    (
        "Turkey is improving ties with Saudi Arabia, a close ally of Egypt.",
        {("EGY", "cooperate", "SAU"), ("SAU", "cooperate", "TUR")},
    ),
    ("Canada and Mexico are long-time U.S. allies.", {("CAN", "cooperate", "USA"), ("MEX", "cooperate", "USA")}),
    (
        "The deal has the backing of India, which has close political and security ties to Mauritius.",
        {("IND", "cooperate", "MUS")},
    ),
    # a definite fight between two sides is both sides' attack; judging what two do together accuses both
    (
        "They disagreed about who started the conflict between Russia and Ukraine.",
        {("RUS", "attack", "UKR"), ("UKR", "attack", "RUS")},
    ),
    ("A war between China and the United States would be a disaster.", set()),
    (
        "The United States warned that expanding military cooperation between Russia and North Korea is dangerous.",
        {("PRK", "cooperate", "RUS"), ("USA", "accuse", "PRK"), ("USA", "accuse", "RUS")},
    ),
    ("France responded by destroying Ivory Coast's tiny air force.", {("FRA", "attack", "CIV")}),
    ("Trump ignited the economic war with Canada by imposing a 25% tariff.", {("USA", "sanction", "CAN")}),
    ("Iran targeted American warships in the Red Sea.", {("IRN", "attack", "USA")}),
    (
        "The Houthis vowed to keep targeting American warships in response to the US strikes on Yemen.",
        {("houthis", "threaten", "USA")},
    ),
    ("Macron called Chinese subsidies unbearable.", {("FRA", "accuse", "CHN")}),
    ("Last week, Cameroon and C.A.R. officials met in Bangui.", {("CAF", "meet", "CMR")}),
    # a state's envoy to an organisation acts for the state; the organisation is the post
    ("China's U.N. Ambassador Fu Cong blamed the Trump administration.", {("CHN", "accuse", "USA")}),
    (
        "China's U.N. Ambassador Fu Cong spoke on Monday. Fu Cong blamed the Trump administration for the crisis.",
        {("CHN", "accuse", "USA")},
    ),
    ("U.N. envoy Hans Grundberg met Houthi leaders.", {("UN", "meet", "houthis")}),
    # goods are their origin's; receiving a polity's aid is its support; a commitment to a polity's security supports it
    ("China imposed tariffs on cars made in Germany.", {("CHN", "sanction", "DEU")}),
    ("Malaysia accepted Chinese funding for infrastructure projects.", {("CHN", "support", "MYS")}),
    ("The US reaffirmed its commitment to Israel's security.", {("USA", "support", "ISR")}),
    # "them" after a polity's people: "Russian diplomats ... calling them a threat"
    (
        "Germany expelled 40 Russian diplomats on Monday, calling them a threat to the security of the country.",
        {("DEU", "sanction", "RUS"), ("DEU", "accuse", "RUS")},
    ),
    # a refusal with no object refuses the latest offer; "the Chinese side" is China
    (
        "During the negotiations, the Chinese side proposed to set a minimum import price, but the EU side refused.",
        {("EU", "reject", "CHN"), ("CHN", "meet", "EU")},
    ),
    ("China offered talks. Japan declined.", {("JPN", "reject", "CHN")}),
    # a demonym that only describes a private person or company is no actor
    ("Chinese tech giant Huawei accused the United States of trying to cripple its business.", set()),
    ("Beijing detained American businessman John Smith.", set()),
    # armed groups of the gazetteer
    ("The C.A.R. accuses the 3R of killing civilians.", {("CAF", "accuse", "3r")}),
    # denying accusations rejects who made them: a summary noun, a relative clause, a label, or the accusers before
    (
        "Pakistan accused Afghanistan of harbouring militants, a charge Afghanistan rejected Thursday.",
        {("PAK", "accuse", "AFG"), ("AFG", "reject", "PAK")},
    ),
    (
        'The United States accused Iran of abductions. Tehran has previously called the allegations "baseless."',
        {("USA", "accuse", "IRN"), ("IRN", "reject", "USA")},
    ),
    (
        "The United States warned that cooperation between Russia and North Korea is dangerous. "
        "Russia's envoy again dismissed accusations it is getting weapons from North Korea.",
        {("PRK", "cooperate", "RUS"), ("USA", "accuse", "PRK"), ("USA", "accuse", "RUS"), ("RUS", "reject", "USA")},
    ),
    ("Russia denied the allegations.", set()),
    # supporting a call supports all who made it, partners named with the subject included
    (
        "The United States, along with Britain and France, called a meeting of the Security Council. "
        "Greece also supported the call.",
        {("GRC", "support", "USA"), ("GRC", "support", "GBR"), ("GRC", "support", "FRA")},
    ),
    # pairs written with abbreviations; keeping or deepening ties; a partner in the eyes of the one who says so
    ("Diego Garcia has been home to a joint U.K.-U.S. military base since the 1970s.", {("GBR", "cooperate", "USA")}),
    ("ECOWAS said it will maintain trade and security relations with Mali.", {("ECOWAS", "cooperate", "MLI")}),
    ("China and Russia deepened their ties.", {("CHN", "cooperate", "RUS")}),
    ("The country has been expanding its army with new recruits.", set()),
    ("The government of Ivory Coast considers France a key international partner.", {("CIV", "cooperate", "FRA")}),
    # a fight "with" someone is fought by both; both sides withdrawing their envoys reduce relations with each other
    (
        "Trump has been waging a tit-for-tat tariff fight with Mexico.",
        {("USA", "sanction", "MEX"), ("MEX", "sanction", "USA")},
    ),
    ("Trump has been waging a trade war on China.", {("USA", "sanction", "CHN")}),
    ("Turkey and Israel withdrew their ambassadors.", {("TUR", "sanction", "ISR"), ("ISR", "sanction", "TUR")}),
    # told to comply "or face" a hostile act: a threat from who told it; facing one alone names no actor
    ("The United States told Iran to stop enriching uranium or face sanctions.", {("USA", "threaten", "IRN")}),
    ("Russia faces new sanctions.", set()),
    # each of two who told a third in phone calls spoke with the third, not with each other
    (
        "Both Mexican President Claudia Sheinbaum and Canadian Prime Minister Justin Trudeau told Trump in phone "
        "conversations last week they have made strides on border security.",
        {("MEX", "meet", "USA"), ("CAN", "meet", "USA")},
    ),
    # a trading partner describes trade, not a bond
    ("Mexico and Canada are the biggest trading partners of the United States.", set()),
    # not supporting, not recognising, being reluctant to endorse: a rejection of whoever made the thing
    ("Russia did not support the U.S. proposal.", {("RUS", "reject", "USA")}),
    ("Washington does not recognize Russia's annexation of Crimea.", {("USA", "reject", "RUS")}),
    ("The Kremlin said much remained to be done, signaling its reluctance to endorse the U.S. plan.", {("RUS", "reject", "USA")}),
    ("India has not endorsed China's initiative.", {("IND", "reject", "CHN")}),
    ("Turkey's parliament ratified Sweden's bid to join NATO on Tuesday.", {("TUR", "support", "SWE")}),
    # a fight named as a known thing is there whatever the clause says of it; an indefinite one is not
    ("He will urge them to focus on ending the Russia-Ukraine war.", {("RUS", "attack", "UKR"), ("UKR", "attack", "RUS")}),
    ("A war between China and the US would be a disaster.", set()),
    # a designator sanctions the designated, as a backer supports the backed
    (
        "Al-Shabab, a U.S.-designated terrorist group, claimed the attack.",
        {("USA", "sanction", "al_shabaab"), ("al_shabaab", "attack", "SOM")},
    ),
    ("Rescuers reached the UN-designated safe zone.", set()),
    ("If Russia does not support the plan, talks will fail.", set()),
    # adjectives of a stance, said of the subject of their copula
    (
        "The United States, along with Britain and France, called a meeting of the Security Council on Wednesday. "
        "China's ambassador said Beijing was not supportive of Wednesday's meeting.",
        {("CHN", "reject", "USA"), ("CHN", "reject", "GBR"), ("CHN", "reject", "FRA")},
    ),
    ("The G7 said it remains concerned with China's military build-up.", {("G7", "accuse", "CHN")}),
    ("Britain is seriously concerned about the latest IAEA report on Iran's enrichment.", {("GBR", "accuse", "IRN")}),
    ("Germany is critical of China's trade practices.", {("DEU", "accuse", "CHN")}),
    ("Biden added that he was “deeply concerned” about North Korea's missile tests.", {("USA", "accuse", "PRK")}),
    ("Japan expressed serious concern about North Korea's missile launches.", {("JPN", "accuse", "PRK")}),
    ("The United States has voiced concern over the violence in Israel.", set()),
    ("Japan is supportive of India's bid.", {("JPN", "support", "IND")}),
    # using force against someone is an attack, threatening to is a threat; considering a thing a violation is a label
    ("Trump threatened to use force against North Korea if necessary.", {("USA", "threaten", "PRK")}),
    ("Israel considers Iran's attack a violation of its sovereignty.", {("ISR", "accuse", "IRN")}),
    # "it" in the object is not the subject of its clause, even one inherited ("..., accusing it of ...")
    (
        "The BLA has waged an insurgency against the Pakistani state, accusing it of exploiting the province.",
        {("bla", "accuse", "PAK"), ("bla", "attack", "PAK"), ("PAK", "attack", "bla")},
    ),
    # accepting a proposal agrees with its maker; refusing to accept rejects it; readiness passes the subject on
    ("Ukraine accepted Washington's offer of talks.", {("UKR", "cooperate", "USA")}),
    ("Ukraine said it is ready to accept a U.S. proposal for a ceasefire.", {("UKR", "cooperate", "USA")}),
    ("Iran refused to accept the American offer.", {("IRN", "reject", "USA")}),
    ("The Taliban accepted responsibility for the attack.", set()),
    ("Russia is unlikely to accept the U.S. proposal.", set()),
    # an owned standing relationship holds whatever the clause around it says
    (
        "Critics say the deal could threaten the base amid fears of China's close ties with Mauritius.",
        {("CHN", "cooperate", "MUS")},
    ),
    # a condemned act named in reported speech accuses its doer
    (
        "Joly said Canada will support Ukraine against Russia's aggression.",
        {("CAN", "support", "UKR"), ("CAN", "accuse", "RUS"), ("RUS", "attack", "UKR")},
    ),
    ("North Korea said it tested a missile to bolster its deterrent against U.S. threats.", {("PRK", "accuse", "USA")}),
    ("Iran said the threat had passed.", set()),
    # "its" is the named place of its own clause that we do not hold as an actor, not an earlier actor
    (
        "Trump said that if Europe keeps its tariff on whiskey, he will impose a tariff on wines coming out of France.",
        {("USA", "threaten", "FRA")},
    ),
    ("Canada imposed new tariffs on $20 billion worth of U.S. exports.", {("CAN", "sanction", "USA")}),
    # asking for talks is not holding them
    ("Canada requested consultations with the U.S.", set()),
    ("The council repeated its calls on Russia to end the war.", set()),
    # a verb without an object shares the next verb's
    ("Russia attacked and seized the Ukrainian town.", {("RUS", "attack", "UKR")}),
    # a visit is a meeting of an office holder, not of travellers
    ("Indian Prime Minister Narendra Modi is due to travel to Mauritius on Tuesday.", {("IND", "meet", "MUS")}),
    ("The Chinese foreign minister flew to Moscow.", {("CHN", "meet", "RUS")}),
    ("Many Syrians traveled to Turkey.", set()),
    # the speaker of a clause about its own talks is a party to them
    ("Pakistan said that discussions with the International Monetary Fund are progressing well.", {("IMF", "meet", "PAK")}),
    ("Iran said talks with Washington would not lift sanctions.", set()),
    # "it" is the thing named nearer in its sentence, and a U.N. mission with a possessor is a state's post
    (
        "Britain and France called for a vote. Iran's U.N. ambassador read the report, but his U.N. mission criticized it.",
        set(),
    ),
    ("Iran's U.N. mission criticized Britain.", {("IRN", "accuse", "GBR")}),
    # one answers another's offer, not one's own; an "as" clause is the narrator's, not what the speaker warned
    (
        "The United States warned that it will keep up the pressure, as Tehran rejected its offer for new talks.",
        {("IRN", "reject", "USA")},
    ),
    ("Iran denied its involvement in the attack.", set()),
    # a joint thing named by its partners and told in passing is there, whatever the clause says
    ("Critics say the deal could threaten the security of a joint U.S.-U.K. base on the islands.", {("GBR", "cooperate", "USA")}),
    ("Critics say the deal could threaten a joint base.", set()),
    ("Russia's collaboration with Iran worries Israel.", {("IRN", "cooperate", "RUS")}),
    # an organisation's demonym: "European" goods and sides are the EU's
    ("China imposed tariffs on European cars.", {("CHN", "sanction", "EU")}),
    (
        "During the negotiations, the Chinese side proposed a minimum import price, but the European side refused.",
        {("EU", "reject", "CHN"), ("CHN", "meet", "EU")},
    ),
    ("The European Court of Human Rights ruled against Russia.", set()),
    # listed relationships share their party; an owned allegation was made even when it is rejected
    ("Canada, a staunch ally and the U.S.'s biggest trading partner, imposed tariffs.", {("CAN", "cooperate", "USA")}),
    (
        "The Afghan Taliban rejected Pakistan's allegation that the attack was planned and directed from Afghan soil.",
        {("AFG", "reject", "PAK"), ("PAK", "accuse", "AFG")},
    ),
    # blaming an act on someone accuses them; the act is not the blamer's
    ("Islamabad has blamed the attacks on Afghanistan.", {("PAK", "accuse", "AFG")}),
    # a name opening the sentence after an unnamed office holder spoke is that holder
    (
        "China's U.N. ambassador told reporters that the issue is dealt with in Vienna. "
        "Fu Cong blamed the Trump administration for the crisis.",
        {("CHN", "accuse", "USA")},
    ),
    # "he" is a person, not the country that was the subject last; "..., claimed X" makes X the last subject
    (
        "The minister said there have been no talks about China playing a role. "
        "He and other senior U.S. officials held talks with Russian officials in Riyadh.",
        {("RUS", "meet", "USA")},
    ),
    (
        "The summit proves that the US intends to contain Russia, claimed North Korea. "
        "It also warned Japan of dangerous consequences.",
        {("PRK", "threaten", "JPN")},
    ),
    # a broken truce names its other party after the verb; "cease-fire" is one word
    ("Israel breached its truce with Hezbollah on Sunday.", {("ISR", "reject", "hezbollah")}),
    ("Hamas threatened to break its cease-fire with Israel.", {("hamas", "threaten", "ISR")}),
    ("China said it would take countermeasures against Lithuania.", {("CHN", "threaten", "LTU")}),  # said of its own: a threat
    # a text put to a body is the body's ("a resolution in the U.S. Congress"); one "in Pakistan" is not Pakistan's
    (
        "A recent resolution in the U.S. Congress called for a probe into the elections. "
        "Pakistan rejected the resolution on Wednesday.",
        {("PAK", "reject", "USA")},
    ),
    ("Protests in Pakistan followed a resolution in Pakistan. India rejected the resolution.", set()),
    # all of a quotation is what its speaker said, however deep the act sits in it
    (
        "Joly said, \"I look forward to discussing how we can continue to support Ukraine in the face of Russia's illegal "
        'aggression."',
        {("CAN", "accuse", "RUS"), ("CAN", "support", "UKR"), ("RUS", "attack", "UKR")},
    ),
    (
        'Blinken assured Payne that "the United States will not leave Australia alone in the face of economic coercion by '
        'China."',
        {("USA", "accuse", "CHN")},
    ),
    # "local clan militias" are someone new, not the armed group named before
    (
        "Al-Shabab attacked a hotel in Mogadishu. "
        "Somali government soldiers, supported by local clan militias and the U.S. military, are fighting the group.",
        {("al_shabaab", "attack", "SOM"), ("USA", "support", "SOM"), ("SOM", "attack", "al_shabaab")},
    ),
    # refusing to yield rejects whom one would yield to; "the latter" and "the former" of the two named before
    ("Australia refused to cave to Beijing's demands.", {("AUS", "reject", "CHN")}),
    ("Ukraine caved to Russia's demands.", {("RUS", "cooperate", "UKR")}),
    (
        "Analysts point to China's punitive measures against Australia for the latter's refusal to cave to Beijing's demands.",
        {("CHN", "sanction", "AUS"), ("AUS", "reject", "CHN")},
    ),
    (
        "India and Pakistan met in Geneva, and the former accused the latter of shelling.",
        {("IND", "meet", "PAK"), ("IND", "accuse", "PAK")},
    ),
    # founders of a confederation join in it; a news conference "with" another is a meeting
    (
        "Burkina Faso, Mali and Niger withdrew from ECOWAS and created a confederation.",
        {
            ("BFA", "cooperate", "MLI"),
            ("BFA", "cooperate", "NER"),
            ("MLI", "cooperate", "NER"),
            ("BFA", "sanction", "ECOWAS"),
            ("MLI", "sanction", "ECOWAS"),
            ("NER", "sanction", "ECOWAS"),
        },
    ),
    (
        "The U.S. defense secretary told reporters during a news conference with French Minister Florence Parly.",
        {("FRA", "meet", "USA")},
    ),
    ("Macron spoke at a conference in Paris.", set()),
    # the partners of a joint act named on a noun between it and its verb ("plans for joint drills with ...")
    (
        "South Africa's foreign minister hosted Sergei Lavrov in Pretoria on Monday, "
        "defending plans for joint naval drills with Russia and China.",
        {("CHN", "cooperate", "RUS"), ("CHN", "cooperate", "ZAF"), ("RUS", "cooperate", "ZAF"), ("RUS", "meet", "ZAF")},
    ),
    # a hostile act on a condition aims at the condition's actor, even when its object is goods
    ("If Canada does not drop its tariffs, the United States will increase tariffs on cars.", {("USA", "threaten", "CAN")}),
    ("Trump said he would impose tariffs on cars unless Canada dropped its levies.", {("USA", "threaten", "CAN")}),
    # counted fighters are the armed group named before; a hijacking attacks where it happens
    (
        "BLA militants hijacked a train in Balochistan. The Pakistani military said it killed 33 terrorists.",
        {("bla", "attack", "PAK"), ("PAK", "attack", "bla")},
    ),
    ("Two militants were arrested in Paris.", set()),
    # denying an act denies the charge of those who made it
    (
        "Pakistan accused Afghanistan of sheltering militants. Afghan Taliban routinely deny providing sanctuary to fighters.",
        {("PAK", "accuse", "AFG"), ("AFG", "reject", "PAK")},
    ),
    # praise of an actor (CAMEO 051); casualties inflicted on forces (the Taliban govern Afghanistan in 2024); a
    # preposition conjoined to another
    ("Putin praised Kim Jong Un for his support.", {("PRK", "cooperate", "RUS"), ("PRK", "support", "RUS")}),
    ("The minister praised the deal.", set()),
    (
        "The Taliban have intensified battlefield attacks, inflicting heavy casualties on Pakistani forces.",
        {("AFG", "attack", "PAK")},
    ),
    (
        "Beijing has hinted that it could retaliate with tariffs on German vehicles and on European farm products.",
        {("CHN", "threaten", "DEU"), ("CHN", "threaten", "EU")},
    ),
    ("The European Council on Monday condemned Russia.", {("EU", "accuse", "RUS")}),
    # refusing from now on to meet or deal rejects; a past "did not" is no event
    ("Iran will not resume talks with the United States until sanctions are lifted.", {("IRN", "reject", "USA")}),
    ("Iran said it would not negotiate with the United States.", {("IRN", "reject", "USA")}),
    ("Iran did not hold talks with the United States.", set()),
    ("Iran will not attack Israel.", set()),
    # "the ceasefire agreed with Israel" parsed as a clause is still the thing breached
    ("Hamas breached the ceasefire agreed with Israel.", {("hamas", "reject", "ISR")}),
    # a thing's "by" phrase, also where the parser hung it on the active verb; criticism an act draws falls on its doer
    ("Modi's government rejected the proposal by Pakistan.", {("IND", "reject", "PAK")}),
    ("Officials in Ankara criticized the decision by Sweden.", {("TUR", "accuse", "SWE")}),
    ("India criticized the move by phone.", set()),
    (
        "Israel struck Gaza. The move drew condemnation from France.",
        {("ISR", "attack", "PSE"), ("FRA", "accuse", "ISR")},
    ),
    ("Israel's strike on Gaza prompted condemnation from France.", {("ISR", "attack", "PSE"), ("FRA", "accuse", "ISR")}),
    # whose act is judged: the doer named by its demonym (even as a gerund's subject), the proposer of "the levy";
    # the judge of a transfer is not its doer, the owner of the goods is
    ("India protested to the UN about Pakistani shelling.", {("IND", "accuse", "PAK")}),
    (
        "The EU proposed a levy on Chinese steel. Beijing condemned the levy.",
        {("EU", "sanction", "CHN"), ("CHN", "accuse", "EU")},
    ),
    ("The US condemned the transfer of Iran's drones to Russia.", {("IRN", "support", "RUS"), ("USA", "accuse", "IRN")}),
    ("The US approved the delivery of F-16s to Ukraine.", {("USA", "support", "UKR")}),
    # speakers telling of their own act charge none of themselves
    ("The United States and Britain said they struck targets in Yemen.", {("USA", "attack", "YEM"), ("GBR", "attack", "YEM")}),
    # "the trio" is the three named before
    (
        "In January, Burkina Faso, Mali and Niger withdrew from ECOWAS. "
        "ECOWAS has stated it will maintain trade and security relations with the trio.",
        {
            ("BFA", "sanction", "ECOWAS"),
            ("MLI", "sanction", "ECOWAS"),
            ("NER", "sanction", "ECOWAS"),
            ("BFA", "cooperate", "ECOWAS"),
            ("ECOWAS", "cooperate", "MLI"),
            ("ECOWAS", "cooperate", "NER"),
        },
    ),
    # "the country" is a state, "him" a person: neither is the bloc or the place named last (the warning charges the
    # government whose actions it names, and nothing more)
    ("The European Union warned that the Somali government's actions would divide the country.", {("EU", "accuse", "SOM")}),
    (
        "Lula said the United States should stop the war in Ukraine. "
        "The White House hit back, with John Kirby accusing him of parroting propaganda.",
        {("USA", "accuse", "BRA")},
    ),
    # a counterpart is of the other side, whoever's it is; "from" hung on the verb still places the officials met
    (
        "Blinken held talks with his counterparts from Japan and South Korea.",
        {("JPN", "meet", "KOR"), ("JPN", "meet", "USA"), ("KOR", "meet", "USA")},
    ),
    (
        "Wang Yi met officials from Germany, France and Italy in Brussels.",
        {("CHN", "meet", "DEU"), ("CHN", "meet", "FRA"), ("CHN", "meet", "ITA")},
    ),
    # saying an actor harmed civilians charges it; saying it fired into the sea only reports
    ("Nebenzia told the Council that Ukraine had shelled civilians.", {("RUS", "accuse", "UKR")}),
    ("Russia said Ukraine fired a missile into the sea.", set()),
    # an act of force named with its doer in a "by" phrase
    ("Iran condemned the strikes by Israel.", {("IRN", "accuse", "ISR")}),
    # defying a body rejects it (CAMEO 128), and saying so charges the defier; pointing a finger accuses
    (
        "The United States said Iran is flagrantly defying the U.N. Security Council.",
        {("IRN", "reject", "UNSC"), ("USA", "accuse", "IRN")},
    ),
    ("Kabul again pointed the finger at Pakistan.", {("AFG", "accuse", "PAK")}),
    # an alleged clause's subject may be a described antecedent ("the insurgent group"), not only a name
    (
        "Hamas attacked Israel on Monday. Washington also alleges the militant group has not lived up to its commitment.",
        {("hamas", "attack", "ISR"), ("USA", "accuse", "hamas")},
    ),
    # a charge answered in the sentence that makes it
    (
        "Pakistani officials blamed India, accusing it of supporting militants in Afghanistan, a charge New Delhi rejected.",
        {("PAK", "accuse", "IND"), ("IND", "reject", "PAK")},
    ),
    # those a meeting brings together meet; states a war brings together, or a summit that was to, do not
    (
        "The G7 talks bring together ministers from Britain, Canada and Japan.",
        {("CAN", "meet", "GBR"), ("CAN", "meet", "JPN"), ("GBR", "meet", "JPN")},
    ),
    ("The war brought Russia and North Korea together.", set()),
    ("Jordan called off a summit that was to have brought together Joe Biden and the leaders of Egypt.", set()),
    # legal action accuses whom it is brought against (CAMEO 115); the court is where, not whom
    ("Ukraine sued Russia at the International Court of Justice.", {("UKR", "accuse", "RUS")}),
    ("The Philippines took China to an international tribunal over its claims.", {("PHL", "accuse", "CHN")}),
    ("Modi took Putin to a museum in Moscow.", set()),
    # "opened fire on"; a reported attack on "its" positions is on the speaker's, not the attacker's
    ("Azerbaijani forces opened fire on Armenian troops.", {("AZE", "attack", "ARM")}),
    ("China opened an embassy in Honduras.", set()),
    (
        "Armenia said Azerbaijani troops had shelled its villages.",
        {("AZE", "attack", "ARM"), ("ARM", "accuse", "AZE")},
    ),
    # who was behind an attack made it; holding someone responsible accuses them
    ("Moscow said Kyiv was behind the drone attack on the Kremlin.", {("UKR", "attack", "RUS"), ("RUS", "accuse", "UKR")}),
    ("Israel holds Iran accountable for the attack.", {("ISR", "accuse", "IRN")}),
    # a second verb the parser hung on a claim's clause belongs with the first ("... that the dam threatens ...")
    (
        "Ethiopia rejected Egypt's claims that the dam threatens its water supply and accused Cairo of trying to "
        "destabilize the region.",
        {("ETH", "reject", "EGY"), ("ETH", "accuse", "EGY"), ("EGY", "accuse", "ETH")},
    ),
    # a hostile label in a quoted post accuses the owner of the act
    ("Turkey's foreign ministry said it was time to stop Israel's heinous attacks.", {("TUR", "accuse", "ISR")}),
    # "the foreign ministry" speaks for the actor of the main clause before, not for one in its subordinate clause
    (
        "China recalled its envoy after Lithuania allowed Taiwan to open an office. "
        "The foreign ministry accused Vilnius of betraying its commitments.",
        {("CHN", "accuse", "LTU"), ("CHN", "sanction", "LTU")},
    ),
    # the members of a body named before them act as the body; a state's allies are not the state
    ("The G7 countries affirmed their unwavering support for Ukraine.", {("G7", "support", "UKR")}),
    ("EU member states agreed to sanction Russia.", {("EU", "sanction", "RUS")}),
    ("U.S. allies criticized China.", set()),
    # tariffs with no one named to levy them are levied where the goods go
    ("The 25% tariffs on Canadian steel imports into the U.S. take effect Wednesday.", {("USA", "sanction", "CAN")}),
    # a receiver after "to" though the parser called it a dative, or leading the object ("gave Ukraine tanks")
    ("Germany will send tanks to Ukraine, Chancellor Scholz announced.", {("DEU", "support", "UKR")}),
    ("The United States gave Ukraine tanks and missiles.", {("USA", "support", "UKR")}),
    ("Germany sent Leopard tanks.", set()),
    # an act of rule "in" a state is its rulers' (a coup, a crackdown); an attack there is not
    ("France condemned the coup in Niger.", {("FRA", "accuse", "NER")}),
    ("The EU condemned the crackdown in Belarus.", {("EU", "accuse", "BLR")}),
    ("The UN condemned the attack in Kabul.", set()),
    # "the two" are the two named before
    (
        "Kim Jong Un hosted Putin in Pyongyang and the two signed a mutual defense pact.",
        {("PRK", "meet", "RUS"), ("PRK", "cooperate", "RUS")},
    ),
    # an act with no target answers the author of what it retaliates for, not where that act went
    # (and the act answered, naming no target, fell on the one who answers it)
    (
        "China imposed export controls on gallium in retaliation for U.S. chip curbs.",
        {("CHN", "sanction", "USA"), ("USA", "sanction", "CHN")},
    ),
    ("China imposed export controls in response to arms sales to Taiwan.", set()),
    ("Beijing will sanction Boeing in retaliation for Washington's arms sales to Taiwan.", {("USA", "support", "TWN")}),
    # ignoring someone's call rejects it; a threat "of" retaliation against someone; a speaker of a legislature
    ("Israel ignored repeated U.N. calls for a ceasefire.", {("ISR", "reject", "UN")}),
    ("North Korea warned of overwhelming retaliation against South Korea.", {("PRK", "threaten", "KOR")}),
    # thanking someone praises them (CAMEO 051), and the support it was for is theirs, given to the thanker
    ("Zelenskyy thanked Britain for its support.", {("GBR", "cooperate", "UKR"), ("GBR", "support", "UKR")}),
    # a hostile act no relation names, said of another, charges the doer; denied or negated, it does not
    ("Tehran said Washington is trying to destabilize the country.", {("IRN", "accuse", "USA")}),
    ("Kyiv said Moscow was meddling in its elections.", {("UKR", "accuse", "RUS")}),
    ("Russia denied that it was meddling in the U.S. election.", set()),
    ("China said it would not interfere in Ukraine.", set()),
    # a place captured "from" someone is taken from them
    ("Azerbaijani forces captured the town of Shusha from Armenian forces.", {("AZE", "attack", "ARM")}),
    # firms, banks and assets are their country's as the target of sanctions; embargoes and frozen assets
    ("The US sanctioned several Chinese firms.", {("USA", "sanction", "CHN")}),
    ("China suspended imports of Australian beef.", {("CHN", "sanction", "AUS")}),
    ("The US curbed imports from China.", {("USA", "sanction", "CHN")}),
    ("China limited sales of chips to Russia.", {("CHN", "sanction", "RUS")}),
    ("The EU froze the assets of Russia's central bank.", {("EU", "sanction", "RUS")}),
    ("Canada froze Russian assets worth $1 billion.", {("CAN", "sanction", "RUS")}),
    # criticism and warnings received; a fire or an anger only ever received, and troops do not charge
    ("Israel came under fire from Turkey over the raid.", {("TUR", "accuse", "ISR")}),
    ("Beijing has repeatedly drawn the ire of Manila over its actions in the South China Sea.", {("PHL", "accuse", "CHN")}),
    ("Israel's raid drew a rebuke from Ankara.", {("TUR", "accuse", "ISR")}),
    ("Israel received a warning from the United States.", {("USA", "threaten", "ISR")}),
    ("Kharkiv came under fire from Russian forces.", set()),
    ("Russia accused Ukraine of violating the cease-fire.", {("RUS", "accuse", "UKR")}),
    # crimes a speaker says another committed charge the doer; a fight is fought by both sides ("Armed Forces": a
    # plural proper noun's lemma as the model leaves it)
    ("Kyiv says Russian troops committed war crimes in Bucha.", {("UKR", "accuse", "RUS")}),
    (
        "The paramilitary Rapid Support Forces has been fighting the Sudanese Armed Forces since April 2023.",
        {("rsf", "attack", "SDN"), ("SDN", "attack", "rsf")},
    ),
    ("Ukraine vowed to fight Russia until the end.", {("UKR", "threaten", "RUS")}),
    # defending a state supports it (its acts and its towns are no state); a weapons package is aid
    ("Washington pledged to defend the Philippines.", {("USA", "support", "PHL")}),
    ("Lavrov defended Moscow's actions in Ukraine.", set()),
    ("The Pentagon announced a $2 billion weapons package for Taiwan.", {("USA", "support", "TWN")}),
    # rejecting talks held with another, or a request made by another, rejects them; the judge of talks is no party
    ("Iran rejected talks with the United States.", {("IRN", "reject", "USA")}),
    ("Israel turned down a request from Egypt to open the border.", {("ISR", "reject", "EGY")}),
    ("China condemned the talks with Taiwan.", {("CHN", "accuse", "TWN")}),
    # retaliating or responding "for"/"to" another's act answers its author
    ("Iran retaliated for Israel's strike on its consulate.", {("IRN", "attack", "ISR"), ("ISR", "attack", "IRN")}),
    # a go-between meets each side (CAMEO 045); the sides of talks it mediates meet each other too
    (
        "Egypt and Qatar are mediating between Israel and Hamas.",
        {("EGY", "meet", "ISR"), ("EGY", "meet", "hamas"), ("ISR", "meet", "QAT"), ("QAT", "meet", "hamas")},
    ),
    (
        "Turkey mediated talks between Russia and Ukraine.",
        {("RUS", "meet", "UKR"), ("RUS", "meet", "TUR"), ("TUR", "meet", "UKR")},
    ),
    # a truce another broke, said, charges the breaker
    ("Azerbaijan said Armenian forces breached the truce.", {("AZE", "accuse", "ARM")}),
    ("Iran said it would not violate the agreement.", set()),
    # the agents of a relative clause make the thing ("which was signed by"); a host is no party
    ("The agreement, which was signed by India and Japan, covers defense cooperation.", {("IND", "cooperate", "JPN")}),
    # sanctions that hit someone are their owner's
    ("US sanctions hit Russian banks.", {("USA", "sanction", "RUS")}),
    ("Washington's tariffs hit Chinese exporters.", {("USA", "sanction", "CHN")}),
    # failing to act, said of another, charges it; a hostile label set beside an actor in a quote judges it
    ("Pakistan said Kabul was failing to rein in Baloch separatists.", {("PAK", "accuse", "AFG")}),
    ("Russia said the talks failed.", set()),
    ('"Israel, the cruel terrorist state, attacks the Muslims in Jerusalem," Erdogan said.', {("TUR", "accuse", "ISR")}),
    ("Al-Shabab, a terrorist group, attacked the base.", {("al_shabaab", "attack", "SOM")}),  # no label: its home front
    # an owned threat was made, whatever its clause says; its target is what its act aims at
    ("Trump's threat to impose tariffs on Mexico rattled markets.", {("USA", "threaten", "MEX")}),
    ("China's threat to invade Taiwan alarmed Japan.", {("CHN", "threaten", "TWN")}),
    ("Russia's threats against Ukraine continued.", {("RUS", "threaten", "UKR")}),
    ("North Korea poses a threat to South Korea.", set()),
    # "helped X do": the parser makes the helped the next verb's subject
    ("Last year, India helped Mauritius build an airstrip.", {("IND", "support", "MUS")}),
    ("China helped build the port.", set()),
    # ending a pact with someone reduces relations with them (CAMEO 161)
    ("Russia terminated an agreement with Norway on fishing.", {("RUS", "sanction", "NOR")}),
    ("The company cancelled its deal.", set()),
    # a warning that someone's act would meet a response threatens them; "be met with" is no meeting
    ("Iran warned that any US attack would face a crushing response.", {("IRN", "threaten", "USA")}),
    ("Putin was met by Xi at the airport.", {("CHN", "meet", "RUS")}),
    # revoking a pact with someone; a state's rulers act for it
    ("Niger's military rulers revoked a military cooperation agreement with the United States.", {("NER", "sanction", "USA")}),
    # shooting people attacks their state; blocking another's ships restricts their movement (CAMEO 191)
    ("Israeli forces shot dead two Palestinians in the West Bank.", {("ISR", "attack", "PSE")}),
    ("The journalist shot a video of Ukrainian soldiers.", set()),
    ("Chinese coast guard ships blocked Philippine vessels near the Second Thomas Shoal.", {("CHN", "attack", "PHL")}),
    # displeasure expressed over another's act accuses them; calling another's charge baseless rejects it
    (
        "In a statement, China's foreign ministry expressed strong dissatisfaction with Japan's decision.",
        {("CHN", "accuse", "JPN")},
    ),
    ("Russia's foreign ministry voiced strong protest over the Finnish decision.", {("RUS", "accuse", "FIN")}),
    ("Turkey expressed outrage over Israel's raid.", {("TUR", "accuse", "ISR")}),
    ("Japan expressed regret for the incident.", set()),
    ("Islamabad said New Delhi's allegations were baseless.", {("PAK", "reject", "IND")}),
    # objecting to another's act; fire exchanged; a membership frozen; a border or airspace closed; goods in transit
    ("Vietnam objected to China's deployment of a survey ship in its exclusive economic zone.", {("VNM", "accuse", "CHN")}),
    ("India and Pakistan exchanged fire along the Line of Control.", {("IND", "attack", "PAK"), ("PAK", "attack", "IND")}),
    ("Armenia froze its participation in the Russian-led CSTO military alliance.", {("ARM", "sanction", "CSTO")}),
    ("Poland closed its border with Belarus.", {("POL", "sanction", "BLR")}),
    ("Lithuania banned the transit of Russian goods to Kaliningrad.", {("LTU", "sanction", "RUS")}),
    # praise of another's role praises them; frameworks signed; embassies reopened; another's bid approved
    ("Egypt praised Qatar's role in the negotiations.", {("EGY", "cooperate", "QAT")}),
    ("Egypt praised the decision.", set()),
    ("India and the US signed a 10-year defense framework.", {("IND", "cooperate", "USA")}),
    ("Saudi Arabia and Iran reopened their embassies.", {("IRN", "cooperate", "SAU")}),
    ("Turkey approved Sweden's bid to join NATO.", {("TUR", "support", "SWE")}),
    # a membership suspended is its holder's; a call received "from" someone is held with them
    ("The Arab League suspended Syria's membership.", {("ARAB_LEAGUE", "sanction", "SYR")}),
    ("Qatar's emir received a phone call from the Iranian president.", {("IRN", "meet", "QAT")}),
    # walking or pulling out of talks or a pact with someone rejects them ("out" parsed as a preposition holding
    # "of"); ruling out concessions to someone; stalling another's bid
    ("The Indian delegation walked out of the talks with Pakistan.", {("IND", "reject", "PAK")}),
    ("Trump said Washington would pull out of the INF treaty with Russia.", {("USA", "reject", "RUS")}),
    ("Mali pulled out of ECOWAS.", {("MLI", "sanction", "ECOWAS")}),
    ("Russia withdrew from the grain deal with Ukraine.", {("RUS", "reject", "UKR")}),
    ("Ukraine ruled out any territorial concessions to Russia.", {("UKR", "reject", "RUS")}),
    ("Turkey stalled Sweden's NATO bid for months.", {("TUR", "reject", "SWE")}),
    # discussing something "with" someone meets them; a sanction discussed is a threat, other acts discussed are told
    # as they are (the annotators code "to discuss upgrading defense ties" as cooperation)
    ("India discussed trade with the US.", {("IND", "meet", "USA")}),
    ("Modi discussed bilateral cooperation with Putin.", {("IND", "meet", "RUS"), ("IND", "cooperate", "RUS")}),
    ("G7 foreign ministers also discussed China's role in global security.", set()),
    ("The ministers discussed the war with Russia.", set()),
    ("The G7 discussed new sanctions on Russia.", {("G7", "threaten", "RUS")}),
    # "no plans for X to meet Y" (an infinitive hung on a noun); refusing to help someone refuses no one
    ("The Kremlin said on Monday there were no plans for Putin to meet Zelensky in Istanbul.", set()),
    ("Kazakhstan will not help Russia get around Western sanctions.", set()),
    ("Iran will not resume talks with the United States until sanctions are lifted.", {("IRN", "reject", "USA")}),
    # solidarity expressed with someone backs them; money deposited in another's bank aids it
    ("Hungary expressed solidarity with Israel after the attack.", {("HUN", "support", "ISR")}),
    ("Saudi Arabia deposited $3 billion in Pakistan's central bank.", {("SAU", "support", "PAK")}),
    ("China funded the Gwadar port.", set()),
    # "according to" names a source, not a receiver
    ("Germany provides less than half of the gas needed in Austria, according to the EU.", set()),
    # legal action and infringement proceedings (CAMEO 115); a surtax; the US departments by name
    ("Brussels launched legal action against Hungary over its asylum law.", {("EU", "accuse", "HUN")}),
    ("The EU Commission opened infringement proceedings against Poland.", {("EU", "accuse", "POL")}),
    ("Canada imposed a 100% surtax on Chinese electric vehicles.", {("CAN", "sanction", "CHN")}),
    ("The Treasury Department sanctioned three Iranian officials.", {("USA", "sanction", "IRN")}),
    # military action threatened or taken; a response vowed to another's act threatens its author
    ("Russia threatened military action against Finland if it joins NATO.", {("RUS", "threaten", "FIN")}),
    ("The US took military action against Iran.", {("USA", "attack", "IRN")}),
    ("Israel vowed a harsh response to the Hezbollah attack.", {("ISR", "threaten", "hezbollah")}),
    # a clash "over" something is of words; hitting back at someone; welcoming another's decision; ambassadors exchanged
    ("Paris and Rome clashed over migration.", {("FRA", "accuse", "ITA"), ("ITA", "accuse", "FRA")}),
    ("Indian and Chinese troops clashed in the Galwan valley.", {("IND", "attack", "CHN"), ("CHN", "attack", "IND")}),
    ("Moscow hit back at Warsaw's decision to close its consulate.", {("RUS", "accuse", "POL"), ("POL", "sanction", "RUS")}),
    ("China hit back at the US with tariffs.", {("CHN", "sanction", "USA")}),
    ("Kyiv welcomed Washington's decision to send long-range missiles.", {("UKR", "cooperate", "USA")}),
    ("Tehran and Riyadh exchanged ambassadors for the first time in seven years.", {("IRN", "cooperate", "SAU")}),
    # money disbursed to someone; a debt written off is its debtor's gain
    ("The IMF disbursed $1.1 billion to Pakistan.", {("IMF", "support", "PAK")}),
    ("Russia wrote off Cuba's debt.", {("RUS", "support", "CUB")}),
    ("The US wrote off the idea.", set()),
    # craft downed are the other side's
    ("Russia downed 30 Ukrainian drones.", {("RUS", "attack", "UKR")}),
    ("The storm downed power lines.", set()),
    # an act done with weapons is armed, so another's base is its target; a missile fired "toward" someone; targeting
    # someone with sanctions sanctions them
    ("Hezbollah said it targeted an Israeli military base with rockets.", {("hezbollah", "attack", "ISR")}),
    ("North Korea test-fired a ballistic missile toward Japan.", {("PRK", "attack", "JPN")}),
    ("North Korea fired a missile into the sea.", set()),
    ("The US targeted Chinese companies with sanctions.", {("USA", "sanction", "CHN")}),
    # asking someone to stop a hostile act charges them with it; an appeal alone is not coded
    ("Beijing urged Washington to stop interfering in its internal affairs.", {("CHN", "accuse", "USA")}),
    ("Seoul called on Pyongyang to stop its provocations.", {("KOR", "accuse", "PRK")}),
    ("Russia urged Ukraine to stop talking.", set()),
    # a state's ground: a city "of" a named place, a region of a state's, where what was hit stands
    ("Russian forces shelled the city of Kharkiv, killing three civilians.", {("RUS", "attack", "UKR")}),
    ("Ukrainian drones hit a refinery in Russia's Ryazan region.", {("UKR", "attack", "RUS")}),
    ("Ukrainian drones hit a refinery in the Russian region of Ryazan.", {("UKR", "attack", "RUS")}),
    ("Spain and Ireland recognised a Palestinian state.", {("ESP", "support", "PSE"), ("IRL", "support", "PSE")}),
    # what was denied did not happen
    ("Russia denied that its forces had killed civilians in the Ukrainian town of Bucha.", set()),
    ("Iran denied that it had supplied drones to Russia.", set()),
    # a noun conjoined to the object shares its verb: "a missile and drone attack on Ukraine's energy grid"
    ("Russia launched a massive missile and drone attack on Ukraine's energy grid overnight.", {("RUS", "attack", "UKR")}),
    # training another's forces is military aid; a quantity stands for what it counts
    ("Britain will train Ukrainian pilots to fly F-16s.", {("GBR", "support", "UKR")}),
    ("The EU has trained thousands of Ukrainian soldiers.", {("EU", "support", "UKR")}),
    ("Britain froze billions of dollars of Russian assets.", {("GBR", "sanction", "RUS")}),
    ("Officials said the train carried Ukrainian soldiers.", set()),
    # banned exports to someone, imports from someone
    ("Beijing banned exports of gallium and germanium to the United States.", {("CHN", "sanction", "USA")}),
    ("China banned imports from Lithuania.", {("CHN", "sanction", "LTU")}),
    # diplomatic protest by its own word; plotting is hostile; playing host is a meeting
    ("China lodged stern representations with Japan over the remarks.", {("CHN", "accuse", "JPN")}),
    ("Venezuela's government said the U.S. was plotting a coup.", {("VEN", "accuse", "USA")}),
    ("The Saudi crown prince played host to the Iranian president in Riyadh.", {("IRN", "meet", "SAU")}),
    ("The host nation welcomed the delegates.", set()),
    # backers and donors give; investing in a state is economic cooperation; arms sold go to the buyer; debts forgiven
    ("Iran, Hezbollah's main backer, condemned the strike.", {("IRN", "support", "hezbollah")}),
    ("Germany is Ukraine's second-largest donor of military aid.", {("DEU", "support", "UKR")}),
    ("Qatar will invest $10 billion in Egypt.", {("EGY", "cooperate", "QAT")}),
    ("Saudi investment in Pakistan rose last year.", {("PAK", "cooperate", "SAU")}),
    ("Turkey has sold Bayraktar drones to Ukraine.", {("TUR", "support", "UKR")}),
    ("Russia sold oil to India at a discount.", set()),
    ("Norway forgave Sudan's debt.", {("NOR", "support", "SDN")}),
    # a penalty a speaker says another will pay threatens them; a plot foiled charges its owner
    ("Netanyahu said Hezbollah would pay a heavy price.", {("ISR", "threaten", "hezbollah")}),
    ("Putin said Ukraine would face a hard winter.", set()),
    ("Russia has paid a heavy price for the war, Zelensky said.", set()),
    ("German police foiled a plot by Iran to attack Jewish targets.", {("DEU", "accuse", "IRN")}),
    ("Poland dismantled a Russian spy ring.", {("POL", "accuse", "RUS")}),
    # congratulating and hailing are praise; pressing on with an offensive is no appeal; sanctions that target
    ("President Biden congratulated Prime Minister Modi on his election victory.", {("IND", "cooperate", "USA")}),
    ("Xi hailed Russia's role in the world.", {("CHN", "cooperate", "RUS")}),
    ("Israel pressed on with its offensive in Rafah.", {("ISR", "attack", "PSE")}),
    ("The US pressed Israel to halt its offensive in Rafah.", {("USA", "accuse", "ISR")}),  # asked to stop: charged
    ("US sanctions target Russia's biggest oil producers.", {("USA", "sanction", "RUS")}),
    ("Russia targeted Ukraine's ports, defying Western sanctions.", {("RUS", "attack", "UKR")}),
    # annexing or occupying another's ground; a fraction stands for what it counts
    ("Venezuela threatened to annex the Essequibo region of Guyana.", {("VEN", "threaten", "GUY")}),
    ("Russia occupies about a fifth of Ukraine's territory.", {("RUS", "attack", "UKR")}),
    ("Protesters occupied the parliament building.", set()),
    ("The meeting took place in the city of Geneva.", set()),
    # headlines name their subjects loosely: a bare name before the verb, two subjects side by side
    ("Modi, Putin hold talks in Moscow", {("IND", "meet", "RUS")}),
    ("Saudi Arabia, Iran agree to restore ties", {("IRN", "cooperate", "SAU")}),
    # a vow to help is a promise (planned); a warning against talks is none
    ("Biden vows to defend Taiwan", {("USA", "support", "TWN")}),
    ("China warned against holding talks with Taiwan.", set()),
    # disappointment and dismay at another's act, as an adjective, a participle or a noun
    ("The United States is deeply disappointed by Somalia's decision.", {("USA", "accuse", "SOM")}),
    ("Japan is disappointed with China's response.", {("JPN", "accuse", "CHN")}),
    ("Japan expressed disappointment with China's decision.", {("JPN", "accuse", "CHN")}),
    ("The minister was disappointed that Britain did not attend.", set()),
    # "retaliated with tariffs on U.S. goods": the parser hangs "on" on the verb the instrument serves
    ("The EU quickly retaliated with its own tariffs on $28 billion worth of U.S. exports.", {("EU", "sanction", "USA")}),
    ("China hit Canada with tariffs on canola.", {("CHN", "sanction", "CAN")}),
    # an operation against an armed group is an attack on it, with or without "military"
    (
        "Somali government soldiers are conducting operations against al-Shabab in central Somalia.",
        {("SOM", "attack", "al_shabaab")},
    ),
    ("The operation against corruption targeted officials in Nigeria.", set()),
    # a name a state owns is its leader; not accepting another's intervention rejects it; persona non grata
    ("Colombia's Petro lashed out at Washington over deportation flights.", {("COL", "accuse", "USA")}),
    ("Mexico will not accept U.S. intervention.", {("MEX", "reject", "USA")}),
    ("Peru declared the Venezuelan ambassador persona non grata.", {("PER", "sanction", "VEN")}),
    # a complaint's target hung on the addressee; trade and flights cut; a punishment foretold
    ("Lebanon filed a complaint with the U.N. Security Council against Israel.", {("LBN", "accuse", "ISR")}),
    ("Iran filed a complaint with the UN.", set()),
    ("Japan lodged a formal complaint with South Korea over the visit.", {("JPN", "accuse", "KOR")}),
    ("Turkey suspended all trade with Israel over the war in Gaza.", {("TUR", "sanction", "ISR")}),
    ("Russia banned flights to Georgia.", {("RUS", "sanction", "GEO")}),
    ("Iran's supreme leader said Israel would be severely punished.", {("IRN", "threaten", "ISR")}),
    ("The court said the officials would be punished.", set()),
    # what a dispute is "over" is another's act: no doer from the clause; blacklists, phased-out imports, lines cut
    ("Beijing has imposed sanctions on Lockheed Martin and Raytheon over arms sales to Taiwan.", set()),
    ("Washington added Chinese chipmakers to its trade blacklist.", {("USA", "sanction", "CHN")}),
    ("Germany added Ukraine to the list of safe countries.", set()),
    ("The EU agreed to phase out imports of Russian gas by 2027.", {("EU", "sanction", "RUS")}),
    ("North Korea cut off all communication lines with South Korea.", {("PRK", "sanction", "KOR")}),
    # buying from a state is economic cooperation (docs/labelling.md); buying time is not; objections one buys despite
    # are the objector's charge against the buyer
    (
        "Turkey bought the S-400 system from Russia despite U.S. objections.",
        {("RUS", "cooperate", "TUR"), ("USA", "accuse", "TUR")},
    ),
    ("China is buying record amounts of Russian oil.", {("CHN", "cooperate", "RUS")}),
    ("India has become the largest buyer of Russian crude.", {("IND", "cooperate", "RUS")}),
    ("The measures are in response to Ankara's purchase of Russia's S-400 missile system.", {("RUS", "cooperate", "TUR")}),
    ("He said the talks would buy time for Ukraine.", set()),
    # "the move" is the main event of the sentence before, not the one told in passing
    (
        "Washington imposed tariffs on Brazilian steel as a penalty for Brazil's purchases of Iranian oil. "
        "Brazil's foreign ministry called the move unjustified.",
        {("USA", "sanction", "BRA"), ("BRA", "cooperate", "IRN"), ("BRA", "accuse", "USA")},
    ),
    # a preposition that only dates is no forbidden one ("a phone call on Friday"); a topic judged is no conduct
    ("Putin and Xi discussed Ukraine during a phone call on Friday.", {("CHN", "meet", "RUS")}),
    ("Xi told Biden that Taiwan was the most dangerous issue in China-U.S. relations.", set()),
    ("China said the United States was the biggest threat to peace.", {("CHN", "accuse", "USA")}),
    # ruling out a concession to someone, ending a pact with someone, voting against another's measure
    ("Ukraine ruled out ceding territory to Russia.", {("UKR", "reject", "RUS")}),
    ("Mali ended a defence pact with France.", {("MLI", "sanction", "FRA")}),
    ("Russia voted against the resolution drafted by the United States.", {("RUS", "reject", "USA")}),
    ("France voted for the resolution.", set()),
    # a contract's infinitive is its signer's act; an offer of help; a guest the parser made the next verb's subject;
    # a short name that modifies its people ("Wagner chief") is its group
    ("France signed a contract to supply Armenia with Caesar self-propelled howitzers.", {("FRA", "support", "ARM")}),
    ("Japan offered aid to Turkey after the earthquake.", {("JPN", "support", "TUR")}),
    (
        "Donald Trump hosted Chinese Vice Premier Liu He at the White House on Wednesday to sign a trade deal.",
        {("CHN", "meet", "USA")},
    ),
    ("Wagner fighters attacked Malian villages.", {("wagner_group", "attack", "MLI")}),
    ("Richard Wagner composed operas.", set()),
    # paying dearly, paying for it, receiving a blow: penalties foretold; debts paid off; programmes approved
    ("Putin said Trump would pay dearly.", {("RUS", "threaten", "USA")}),
    ("Khamenei warned that the United States would receive a strong reciprocal blow.", {("IRN", "threaten", "USA")}),
    ("Saudi Arabia said it would pay off Syria's $15 million debt to the World Bank.", {("SAU", "support", "SYR")}),
    ("The IMF's board approved a $20 billion programme for Argentina on Friday.", {("IMF", "support", "ARG")}),
    ("The Arab League readmitted Syria on Sunday.", {("ARAB_LEAGUE", "cooperate", "SYR")}),
    # a call that is the setting of a warning took place
    ("Joe Biden warned Vladimir Putin during a video call on Tuesday.", {("USA", "threaten", "RUS"), ("RUS", "meet", "USA")}),
    ("Biden urged talks with Iran.", set()),
    # a summoned envoy's state is charged, not the party to what the protest is over
    ("South Korea summoned Russia's ambassador over the military pact with North Korea.", {("KOR", "accuse", "RUS")}),
    # fire acts as its force does
    ("Two Israeli soldiers were killed by Hezbollah fire near the border.", {("hezbollah", "attack", "ISR")}),
    ("The building caught fire.", set()),
    # restoring ambassadors, elevating a state, brushing aside a call; cancelling or calling off a meeting refuses it
    ("Egypt, Turkey restore ambassadors after decade-long rift", {("EGY", "cooperate", "TUR")}),
    ("Vietnam elevated the United States to its highest diplomatic tier.", {("USA", "cooperate", "VNM")}),
    (
        "Israeli Prime Minister Benjamin Netanyahu brushed aside U.S. President Joe Biden's call for a de-escalation.",
        {("ISR", "reject", "USA")},
    ),
    ("Turkey on Saturday cancelled a planned visit by Sweden's defence minister.", {("TUR", "reject", "SWE")}),
    ("Donald Trump said he had called off military strikes on Iran.", set()),
    # each the other's: "expelled each other's ambassadors"; an attack on bases housing another's troops hits them, not the host
    (
        "Russia and Estonia expelled each other's ambassadors in a tit-for-tat move.",
        {("RUS", "sanction", "EST"), ("EST", "sanction", "RUS")},
    ),
    (
        "Canada and India each expelled six of the other's diplomats on Monday.",
        {("CAN", "sanction", "IND"), ("IND", "sanction", "CAN")},
    ),
    (
        "Iran fired more than a dozen ballistic missiles at two Iraqi air bases housing US troops.",
        {("IRN", "attack", "USA")},
    ),
    ("Iran struck bases hosting American forces.", {("IRN", "attack", "USA")}),
    # a label set as a second object, or after an "as" hung on the object's clause; a mistake is a criticism
    (
        "Moscow branded the Ukrainian incursion into Kursk a terrorist attack.",
        {("RUS", "accuse", "UKR"), ("UKR", "attack", "RUS")},
    ),
    (
        "The Kremlin on Monday described Finland's decision to join NATO as a mistake.",
        {("RUS", "accuse", "FIN"), ("FIN", "cooperate", "NATO")},
    ),
    ("Macron admitted that France had made mistakes in Africa.", set()),
    ('"The United States is the main obstacle to peace," the Iranian foreign minister said.', {("IRN", "accuse", "USA")}),
    # investigating another's conduct (CAMEO 090)
    ("The UN Human Rights Council voted to investigate alleged abuses by Israel.", {("UN", "accuse", "ISR")}),
    ("Police are investigating the attack.", set()),
    # the brokers of a pact are not its parties, in the passive too
    ("The ceasefire was brokered by Qatar and Egypt.", set()),
    ("The deal between Israel and Hamas was brokered by Qatar.", {("ISR", "cooperate", "hamas")}),
    # "no longer" negates; "one of X's allies" is an ally; "most of its weapons from Russia"
    (
        "Poland, one of Ukraine's staunchest allies, said it would no longer send weapons to Kyiv.",
        {("POL", "cooperate", "UKR"), ("POL", "sanction", "UKR")},
    ),
    ("India, which buys most of its weapons from Russia, abstained from the vote.", {("IND", "cooperate", "RUS")}),
    ("China not only criticised Japan but also summoned its ambassador.", {("CHN", "accuse", "JPN")}),
    # arms transferred go to the receiver; prisoners transferred are no aid
    ("North Korea has transferred artillery shells to Russia.", {("PRK", "support", "RUS")}),
    ("Russia transferred the prisoners to Belarus.", set()),
    # water cannon used against another's vessel; soldiers brawling fight each other
    ("China's coast guard used water cannon against a Philippine supply vessel.", {("CHN", "attack", "PHL")}),
    ("Russia used its veto against the resolution.", set()),
    ("Indian and Chinese soldiers brawled in the Galwan Valley.", {("IND", "attack", "CHN"), ("CHN", "attack", "IND")}),
    # "Sino-" is China's
    ("Sino-Indian border talks resumed in Beijing.", {("CHN", "meet", "IND")}),
    # a nominal event as a subject takes its clause's frame: "could take place" is no event, "will take place" planned
    ("Lawmakers expressed hope that economic cooperation between the United States and Ukraine could resume.", set()),
    ("Talks between Russia and Ukraine will take place in Istanbul.", {("RUS", "meet", "UKR")}),
    # "commits Turkey to supplying Iraq": the object acts; what is objected to or prevented does not happen
    ("The agreement commits Turkey to supplying Iraq with electricity.", {("TUR", "support", "IRQ")}),
    ("India objected to sending troops to Russia.", set()),
    ("The deal commits the Taliban to preventing militant groups from using Afghan soil to threaten the United States.", set()),
    # an incursion a speaker says another made is a charge (lexicon incursion_verbs, sovereign_nouns)
    ("Tokyo's defence ministry said Chinese ships had entered Japanese waters.", {("JPN", "accuse", "CHN")}),
    ("Estonia said a Russian helicopter violated its airspace.", {("EST", "accuse", "RUS")}),
    ("The ministry said Chinese tourists entered the country.", set()),
    # terrorist designations are sanctions (docs/labelling.md), the designated parsed as a dative or not
    ("The United States designated the Houthis a terrorist organisation.", {("USA", "sanction", "houthis")}),
    ("Britain proscribed Hamas in its entirety.", {("GBR", "sanction", "hamas")}),
    ("Canada listed the IRGC as a terrorist entity.", {("CAN", "sanction", "IRN")}),
    ("Argentina declared Hamas a terrorist organization.", {("ARG", "sanction", "hamas")}),
    # an objection voiced to another's act
    ("Turkey voiced strong objection to Sweden's decision to allow the protest.", {("TUR", "accuse", "SWE")}),
    # "the country" after "Kenya's president said" is Kenya; not recognising another's government rejects it
    ("Kenya's president said the country would not recognise the RSF's parallel government.", {("KEN", "reject", "rsf")}),
    # an act told "according to" someone is reported by them, as with "said"
    ("Russian missiles struck Kyiv, according to Ukrainian officials.", {("RUS", "attack", "UKR"), ("UKR", "accuse", "RUS")}),
    ("Iran supplied Russia with drones, according to U.S. intelligence.", {("IRN", "support", "RUS")}),
    # leasing from a state, like buying from it
    ("India leased a nuclear submarine from Russia.", {("IND", "cooperate", "RUS")}),
    ("The company leased offices in London.", set()),
    # help received "with the backing of" someone; a proxy is supported by its owner (`bearer_receives`)
    (
        "The M23 rebels seized the city of Goma with the backing of Rwandan troops.",
        {("RWA", "support", "m23"), ("m23", "attack", "COD")},
    ),
    (
        "Hezbollah, Iran's most powerful proxy, fired rockets at Israel.",
        {("IRN", "support", "hezbollah"), ("hezbollah", "attack", "ISR")},
    ),
    ("The proxy vote was postponed.", set()),
    # security guarantees offered or provided (CAMEO 074)
    ("France offered security guarantees to Ukraine.", {("FRA", "support", "UKR")}),
    ("The guarantee of free speech matters.", set()),
    # "Tel Aviv" speaks for Israel as its capital does; a protest there is only a place
    ("Tehran accused Washington and Tel Aviv of orchestrating the unrest.", {("IRN", "accuse", "USA"), ("IRN", "accuse", "ISR")}),
    ("Thousands protested in Tel Aviv against the government.", set()),
    # standing by someone, throwing one's weight behind their proposal
    ("Biden said the U.S. would stand by Taiwan.", {("USA", "support", "TWN")}),
    ("Germany threw its weight behind the French proposal.", {("DEU", "support", "FRA")}),
    ("The guards stood by the gate.", set()),
    # demanding an apology from someone charges them; the verb a noun requires is the expression's frame
    ("Scott Morrison demanded an apology from Beijing over the image.", {("AUS", "accuse", "CHN")}),
    ("Japan will not demand an apology from China.", set()),
    # tanks act for their state, rolling into another's ground
    ("Israeli tanks rolled into Rafah.", {("ISR", "attack", "PSE")}),
    ("The ball rolled into the goal.", set()),
    # likening someone to Hitler, insulting or mocking them, calling them a neo-Nazi
    ("Erdogan likened Netanyahu to Hitler.", {("TUR", "accuse", "ISR")}),
    ("Lula compared Israel's actions in Gaza to the Holocaust.", {("BRA", "accuse", "ISR")}),
    ("The report compared China's growth to India's.", set()),
    ('Maduro called Milei a "neo-Nazi".', {("VEN", "accuse", "ARG")}),
    # words sent or delivered are no aid
    ("Ishiba is sending a signal to China and Russia that Japan is ready.", set()),
    ("Putin delivered a message to Trump.", set()),
    # aid stopped is aid cut (CAMEO 162); stopped on a condition, a threat; refused or not stopped, nothing
    ("Poland said it would no longer supply weapons to Ukraine.", {("POL", "sanction", "UKR")}),
    ("Poland stopped sending weapons to Ukraine.", {("POL", "sanction", "UKR")}),
    ("Biden said he would stop supplying Israel with weapons if it launched an invasion of Rafah.", {("USA", "threaten", "ISR")}),
    ("Ukraine said it did not stop sending grain to Senegal.", set()),
    ("Moscow refused to stop supplying arms to Syria.", set()),
    ("Iran said it would no longer cooperate with the IAEA.", {("IRN", "reject", "IAEA")}),
    # forces deployed to a state, not to its border or a sea
    ("Kenya will deploy 1,000 police officers to Haiti to help fight gangs.", {("KEN", "support", "HTI")}),
    ("China deployed troops to its border with India.", set()),
    ("The United States deployed an aircraft carrier to the Middle East.", set()),
    # revenge vowed on someone; prosecutors act for their state
    ("Tehran vowed revenge on Israel.", {("IRN", "threaten", "ISR")}),
    ("Ukrainian prosecutors opened an investigation into Russia's shelling of the dam.", {("UKR", "accuse", "RUS")}),
    # a charge with no named target answers the doer of what occasioned it, not the one it befell
    ("Japan protested after Chinese ships entered its territorial waters.", {("JPN", "accuse", "CHN")}),
    ("Japan lodged a protest after a Chinese survey ship entered its exclusive economic zone.", {("JPN", "accuse", "CHN")}),
    ("Japan protested after it was criticised by China.", {("CHN", "accuse", "JPN")}),
    # hosting a base or refugees is no meeting
    ("Qatar hosts the largest U.S. base in the region.", set()),
    ("Turkey hosts millions of Syrian refugees.", set()),
    # troops ordered out are expelled (CAMEO 166); one's own troops ordered home are not
    ("Niger's junta ordered French troops to leave the country.", {("NER", "sanction", "FRA")}),
    ("Putin ordered Russian forces to leave Kherson.", set()),
    # a threat's infinitive the parser hung as an adverbial clause is still the threat
    (
        'Trump threatened on Tuesday to "totally destroy" North Korea if the United States was forced to act.',
        {("USA", "threaten", "PRK")},
    ),
    # a resolution with a named sponsor is the sponsor's, not the body's; sponsoring it is no aid to the body
    ("Russia and China vetoed a U.S.-sponsored U.N. resolution on Friday.", {("RUS", "reject", "USA"), ("CHN", "reject", "USA")}),
    ("Russia vetoed a U.N. resolution drafted by the United States.", {("RUS", "reject", "USA")}),
    # a summit one will not attend refuses no one, and telling of it charges no one
    ("Putin will not attend next month's BRICS summit in Johannesburg, South Africa's presidency said.", set()),
    # an act named as the subject of "would" is imagined, unless the verb says it comes about or goes on
    ("A Chinese invasion of Taiwan would wipe $10 trillion off the global economy, Bloomberg estimated.", set()),
    ("Abe said a Chinese attack on Taiwan would be an emergency for Japan.", set()),
    ("Talks between Iran and the United States would take place in Oman next week, officials said.", {("IRN", "meet", "USA")}),
    # what is done "at" a gathering, or to someone named "at" a body, is done there
    ("China criticized Japan at the U.N. General Assembly.", {("CHN", "accuse", "JPN")}),
    ("Iran lashed out at the IAEA board meeting.", set()),
    ("Iran lashed out at the IAEA.", {("IRN", "accuse", "IAEA")}),
    # a possessive conjoined to a thing is the thing's
    (
        "Trump cancelled a meeting with Putin, citing Russia's seizure of three Ukrainian navy ships and their crews.",
        {("USA", "reject", "RUS"), ("RUS", "attack", "UKR")},
    ),
    # those who disagree reject each other; those who spar charge each other
    (
        "China and Malaysia are disagreeing over Malaysia's rights to extend sovereignty.",
        {("CHN", "reject", "MYS"), ("MYS", "reject", "CHN")},
    ),
    ("Washington and Beijing sparred over tariffs.", {("USA", "accuse", "CHN"), ("CHN", "accuse", "USA")}),
    # a possessive in an act with no subject of its own is the doer's, the object of the verb above; not in meddling
    ("Washington has long accused Pyongyang of funding its weapons programs through cybercrime.", {("USA", "accuse", "PRK")}),
    ("China accused the United States of meddling in its internal affairs.", {("CHN", "accuse", "USA")}),
    # concern conveyed to a state charges it, when nothing else is named
    ("Islamabad conveyed its concerns to Kabul.", {("PAK", "accuse", "AFG")}),
    ("The minister expressed concern to reporters.", set()),
    # an armed group's attack that names no one falls on the state it wages its war on (organizations.yaml, fights)
    ("The Baloch Liberation Army quickly claimed responsibility for the brazen attack.", {("bla", "attack", "PAK")}),
    ("Al-Shabab militants stormed a hotel in Beledweyne.", {("al_shabaab", "attack", "SOM")}),
    ("Islamic State claimed the attack.", set()),
    # else the state where it happened; a state's strikes abroad aim at someone there, and name no one still
    ("Islamic State claimed responsibility for the attack in Kabul.", {("isis", "attack", "AFG")}),
    ("Islamic State claimed the bombing in Kabul.", {("isis", "attack", "AFG")}),
    ("Russian warplanes carried out air strikes in Syria on Wednesday.", set()),
    # seizing another's assets is a sanction; seizing its ship is force
    ("The Netherlands seized Russian assets worth $1 billion.", {("NLD", "sanction", "RUS")}),
    ("Iran seized a British tanker in the Strait of Hormuz.", {("IRN", "attack", "GBR")}),
    # calling another's words wrong, and telling of harassment, charge them
    ("China's foreign ministry said Japan's remarks were \"extremely wrong\".", {("CHN", "accuse", "JPN")}),
    ("The Philippines said Chinese vessels harassed its supply boats.", {("PHL", "accuse", "CHN")}),
    ("The Russian ambassador said Washington was escalating the conflict.", {("RUS", "accuse", "USA")}),
    # an official in another state's capital visits it; an envoy there is posted there
    ("The Iranian foreign minister is in Moscow for talks.", {("IRN", "meet", "RUS")}),
    ("The Chinese ambassador in Washington is in Beijing for consultations.", set()),
    ("The Russian foreign minister was not in Ankara.", set()),
    # where an attack happens is its target only when no one else is named
    (
        "Lawmakers condemned a Turkish offensive against the Kurdish militia, the YPG, in northeast Syria.",
        {("TUR", "attack", "ypg")},
    ),
    ("Israel has carried out strikes on military targets across Syria.", {("ISR", "attack", "SYR")}),
    (
        "NATO said Russia bore ultimate responsibility as it pressed on with its war in Ukraine.",
        {("NATO", "accuse", "RUS"), ("RUS", "attack", "UKR")},
    ),
    # who fends off an attack is its target, and who repels it fights its doer back
    ("Ukrainian forces repelled a Russian assault near Pokrovsk.", {("RUS", "attack", "UKR"), ("UKR", "attack", "RUS")}),
    # halting talks reduces relations (CAMEO 164); extraditing is judicial cooperation (063), refusing to is a rejection
    ("India broke off negotiations with Pakistan.", {("IND", "sanction", "PAK")}),
    ("Canada suspended talks with India on a trade deal.", {("CAN", "sanction", "IND")}),
    ("India extradited two suspects to Bangladesh on Monday.", {("BGD", "cooperate", "IND")}),
    ("Britain refused to extradite the suspect to Russia.", {("GBR", "reject", "RUS")}),
    # leaders who clash trade words (and met, at a seat); troops who clash trade fire
    (
        "Trump and Zelenskyy clashed in the Oval Office.",
        {("USA", "accuse", "UKR"), ("UKR", "accuse", "USA"), ("UKR", "meet", "USA")},
    ),
    ("Indian and Chinese troops clashed along the border.", {("IND", "attack", "CHN"), ("CHN", "attack", "IND")}),
    # a joint thing of "theirs" is the partners' the pronoun stands for
    ("Both Pakistan and China reject claims that their joint ventures harm the Baloch.", {("CHN", "cooperate", "PAK")}),
    # a member at its body's gathering does not meet the body but the other members; it meets the body's officers,
    # and joins the body
    (
        "Rubio wrapped up meetings with G7 foreign ministers in Canada.",
        {
            ("CAN", "meet", "USA"),
            ("DEU", "meet", "USA"),
            ("FRA", "meet", "USA"),
            ("GBR", "meet", "USA"),
            ("ITA", "meet", "USA"),
            ("JPN", "meet", "USA"),
        },
    ),
    ("Erdogan met NATO Secretary General Jens Stoltenberg in Ankara.", {("NATO", "meet", "TUR")}),
    ("G7 leaders met Zelenskyy in Hiroshima.", {("G7", "meet", "UKR")}),
    # a charge against militants no one names falls on the state where they are; other acts toward them do not
    ("Pakistan blamed the attack on militants based in Afghanistan.", {("PAK", "accuse", "AFG")}),
    ("Islamabad has blamed several recent attacks on militants present on Afghan soil.", {("PAK", "accuse", "AFG")}),
    ("Pakistan blamed the attack on militants with bases in Afghanistan.", {("PAK", "accuse", "AFG")}),
    ("India provided support to militants in Afghanistan.", set()),
    ("Pakistan's allegation that the attack was carried out by Indian agents was rejected.", {("PAK", "accuse", "IND")}),
    # a penalty that would come, with no one named to impose it, is the speaker's own: a threat, under a condition
    ("Trump said tariffs would be imposed on Mexico if it did not stop migrants.", {("USA", "threaten", "MEX")}),
    ("A U.S. official said sanctions could follow if Ankara activated the system.", {("USA", "threaten", "TUR")}),
    ("Trump said tariffs were imposed on Mexico last year.", set()),
    # a weapon a state used against another is its attack, also as the thing described; a finding of it is a charge
    ("Shells made in North Korea were among the weapons Russia has used against Ukraine.", {("RUS", "attack", "UKR")}),
    (
        "Seoul has determined that shells made in North Korea were among the weapons Russia has used against Ukraine.",
        {("KOR", "accuse", "RUS"), ("RUS", "attack", "UKR")},
    ),
    # a stop to aid or to sales is a sanction on whom they went to, by whose they were; the aid stopped is not given
    ("The suspension of U.S. military aid to Kyiv took effect on Monday.", {("USA", "sanction", "UKR")}),
    ("Washington announced a halt to arms deliveries to Israel.", {("USA", "sanction", "ISR")}),
    ("The pause in fighting held overnight.", set()),
    ("Washington blocked the sale of F-35 jets to Turkey.", {("USA", "sanction", "TUR")}),
    ("Russia blocked a resolution drafted by the United States.", {("RUS", "reject", "USA")}),
    # sending troops to fight a group attacks it; the group has not (yet) fought back
    (
        "Kenya said it had deployed troops to Somalia to fight al-Shabab.",
        {("KEN", "attack", "al_shabaab"), ("KEN", "support", "SOM")},
    ),
    # a killing claimed or confirmed by its doer attacks those killed; one condemned or mourned names no doer
    ("Pakistan's military claimed the killing of 33 BLA militants.", {("PAK", "attack", "bla")}),
    ("Turkey mourned the killing of its soldiers.", set()),
    # a WTO dispute is a complaint against the other side, brought to the body; telling of it charges no one
    (
        "Canada requested World Trade Organization dispute consultations with the U.S. over its duties, the trade body said.",
        {("CAN", "accuse", "USA")},
    ),
    ("China filed a WTO dispute against the United States over chip export controls.", {("CHN", "accuse", "USA")}),
    ("Japan held consultations with South Korea.", {("JPN", "meet", "KOR")}),
    # a measure evaded stands when its maker is named; a veto cast rejects the body it is cast in
    ("Such transfers would violate a U.N. arms embargo on North Korea.", {("UN", "sanction", "PRK")}),
    ("The firm evaded sanctions.", set()),
    ("Russia used its U.N. Security Council veto to shut down the panel.", {("RUS", "reject", "UNSC")}),
    # fighting alongside someone aids them in arms; hosting an office is no meeting
    ("North Korean troops are fighting alongside Russian forces in the Kursk region.", {("PRK", "support", "RUS")}),
    ("Qatar has hosted Hamas's political office since 2012.", set()),
    # a fight against someone is fought by both sides; with no side named, the state the group wages its war on
    ("Somalia's fight against al-Shabab continues.", {("SOM", "attack", "al_shabaab"), ("al_shabaab", "attack", "SOM")}),
    (
        "The fight against al-Shabab militants has caused many to flee their homes.",
        {("SOM", "attack", "al_shabaab"), ("al_shabaab", "attack", "SOM")},
    ),
    ("The fight against corruption continues.", set()),
    # a threat's condition names its target, as a passive's agent too
    (
        "Trump said that if other tariffs are not dropped by Canada, he will increase the tariffs on cars.",
        {("USA", "threaten", "CAN")},
    ),
    # a bid not approved or ratified is rejected
    (
        "Erdogan said Turkey would not approve Sweden's NATO membership until Stockholm cracked down on Kurdish militants.",
        {("TUR", "reject", "SWE")},
    ),
    # the go-between of talks meets each party, named as subject or as agent
    (
        "Egypt brokered talks between Israel and Hamas in Cairo.",
        {("EGY", "meet", "ISR"), ("EGY", "meet", "hamas"), ("ISR", "meet", "hamas")},
    ),
    (
        "Talks between Israel and Hamas brokered by Qatar resumed.",
        {("ISR", "meet", "QAT"), ("QAT", "meet", "hamas"), ("ISR", "meet", "hamas")},
    ),
    (
        "Saudi Arabia and Iran restored diplomatic ties in a deal brokered by China.",
        {("IRN", "cooperate", "SAU"), ("CHN", "meet", "SAU"), ("CHN", "meet", "IRN")},
    ),
    # a threatened act names its target by the threat's own preposition; a refusal to act against someone is none
    ("North Korea threatened to take overwhelming action against South Korea.", {("PRK", "threaten", "KOR")}),
    ("China refused to take action against Russia.", set()),
    # "..., a charge China denies": the charge stands, denied; a barrage or an assault on a place attacks its state
    (
        "Washington has long accused Beijing of stealing American technology, a charge China denies.",
        {("USA", "accuse", "CHN"), ("CHN", "reject", "USA")},
    ),
    ("Russia launched a massive missile barrage on Ukraine's energy grid on Sunday.", {("RUS", "attack", "UKR")}),
    ("Russia launched a fresh assault on Kharkiv.", {("RUS", "attack", "UKR")}),
    ("Critics called the bill an assault on democracy.", set()),
    # frustration voiced is displeasure
    ("Seoul voiced frustration with Pyongyang.", {("KOR", "accuse", "PRK")}),
    ("Washington is frustrated with Beijing's stance.", {("USA", "accuse", "CHN")}),
    (
        "Blinken met Syria's foreign minister in Riyadh on Wednesday, in a meeting hosted by Saudi Arabia.",
        {("SYR", "meet", "USA"), ("SAU", "meet", "SYR"), ("SAU", "meet", "USA")},
    ),
    # "the Security Council" is the U.N.'s; a state's own is that state's
    ("The Security Council imposed an arms embargo on South Sudan.", {("UNSC", "sanction", "SSD")}),
    ("Medvedev, deputy chairman of Russia's Security Council, threatened Poland.", {("RUS", "threaten", "POL")}),
    # "what it called X": the thing named is the object
    ("Venezuela condemned what it called U.S. interference.", {("VEN", "accuse", "USA")}),
    ("China rejected what it described as Japan's provocations.", {("CHN", "reject", "JPN")}),
    ("Russia criticized what it called the hysteria.", set()),
    # victims fallen in an act of force: its force did it; an officer acts for the state
    ("Russian officers were killed in a Ukrainian strike.", {("UKR", "attack", "RUS")}),
    ("Ten Syrian soldiers were killed in an Israeli airstrike near Damascus.", {("ISR", "attack", "SYR")}),
    ("Three soldiers were killed in a storm in Pakistani territory.", set()),
    ("Five Afghan civilians were wounded in Pakistani shelling.", {("PAK", "attack", "AFG")}),
    ("Two Russian soldiers were injured in a car accident.", set()),
    (
        "U.S. prosecutors charged an Iranian intelligence officer with plotting to kidnap a journalist.",
        {("USA", "accuse", "IRN")},
    ),
    # whom the subject joins in an act does it too (acting alongside a state is no tie with it; joining a body is)
    (
        "Canada joined Britain in condemning the crackdown by Iran.",
        {("CAN", "accuse", "IRN"), ("GBR", "accuse", "IRN")},
    ),
    ("Canada joined Britain in the talks.", set()),
    # an official who lands somewhere visits it (rockets do not); shoring up a leader backs them; an accession is a joining
    ("Several rockets landed in Israel.", set()),
    (
        "Saudi Arabia launched air strikes in Yemen to shore up President Abd-Rabbu Mansour Hadi.",
        {("SAU", "support", "YEM")},  # strikes in a state name no one they strike
    ),
    ("Hungary delayed Sweden's accession to NATO.", {("HUN", "reject", "SWE")}),  # (no accession yet)
    ("Ethiopia and Eritrea signed a declaration ending the state of war.", {("ERI", "cooperate", "ETH")}),
    ("Kosovo's declaration of independence angered Serbia.", set()),
    # cutting a state's banks off a payment system sanctions it; cutting off aid is a cut in aid (162), said once
    ("Britain cut selected Russian banks off the SWIFT payment system.", {("GBR", "sanction", "RUS")}),
    ("Washington cut off aid to Ukraine.", {("USA", "sanction", "UKR")}),
    ("A Chinese coast guard ship rammed a Philippine supply vessel.", {("CHN", "attack", "PHL")}),
    ("Lawmakers rammed the bill through parliament.", set()),
    # "it" never stands for a time
    ("Iran said for the first time that it had supplied drones to Russia.", {("IRN", "support", "RUS")}),
    # pounding, pummelling, bombarding and battering are attacks; a storm has no side
    ("Israel bombarded Gaza overnight.", {("ISR", "attack", "PSE")}),
    ("Ukrainian cities were pummelled by more than 120 Russian missiles.", {("RUS", "attack", "UKR")}),
    ("Cuba was battered by Hurricane Ian.", set()),
    # an official called "visiting" meets whoever receives them; no one meets visiting tourists or hecklers
    ("Xi told the visiting Brazilian president that China values its ties with Brazil.", {("BRA", "meet", "CHN")}),
    ("Police arrested visiting Russian tourists.", set()),
    ("Protesters heckled the visiting Israeli president in London.", set()),
    ("Modi sat down with Biden on the sidelines of the G20 summit.", {("IND", "meet", "USA")}),
    ("Modi sat down in the chair.", set()),
    # bringing up another's wrongdoing charges it; bringing up anything else does not
    ("Britain cited Iran's violations of the nuclear deal.", {("GBR", "accuse", "IRN")}),
    ("Blinken highlighted North Korea's violation of human rights.", {("USA", "accuse", "PRK")}),
    ("Britain cited Iran's offer of talks.", set()),
    # the threatened are named, though no actor: no earlier actor stands in for them
    (
        'China criticized Australia, adding "many other democracies have been threatened with economic consequences by China."',
        {("CHN", "accuse", "AUS")},
    ),
    # exchanging fire with another: each side attacks the other; a call by telephone is a meeting
    (
        "Pakistani troops exchanged fire with Indian forces across the Line of Control.",
        {("PAK", "attack", "IND"), ("IND", "attack", "PAK")},
    ),
    ("Macron telephoned Putin on Sunday to urge a ceasefire.", {("FRA", "meet", "RUS")}),
    # working together is cooperation, a credit line extended is aid; an invitation extended is neither
    ("France and Germany pledged to work together on defense.", {("DEU", "cooperate", "FRA")}),
    ("Police worked together with the Interior Ministry.", set()),
    ("Japan will work with the Philippines on maritime security.", {("JPN", "cooperate", "PHL")}),
    ("The company works with Chinese suppliers.", set()),
    ("China extended a $2 billion credit line to Sri Lanka.", {("CHN", "support", "LKA")}),
    ("Xi extended an invitation to Biden to visit Beijing.", set()),
    # the capital an agreement is named after is where it was signed, not a party to it
    ("Washington withdrew from the Paris climate agreement.", set()),
    ("Iran rejected the Washington proposal.", {("IRN", "reject", "USA")}),
    # a delegation or a force "led by" someone acts for the leader's polity
    ("A delegation led by Chinese Foreign Minister Wang Yi met Russian officials in Moscow.", {("CHN", "meet", "RUS")}),
    ("Forces led by Saudi Arabia struck Houthi targets in Yemen.", {("SAU", "attack", "houthis")}),
    # "about Indian shelling", parsed as a clause with the demonym its subject: the shelling is India's
    ("Pakistan protested to the UN about Indian shelling along the border.", {("PAK", "accuse", "IND")}),
    # a sanctions package or regime, a snapback mechanism: sanctions by another name
    ("The EU adopted a new sanctions package against Russia.", {("EU", "sanction", "RUS")}),
    ("Britain triggered the snapback mechanism against Iran.", {("GBR", "sanction", "IRN")}),
    ("The regime in Damascus attacked the rebels.", set()),
    # restoring ties, as a noun; airlifting goods to a state is aid, airlifting one's citizens out is none
    ("Egypt and Turkey announced the restoration of full diplomatic relations.", {("EGY", "cooperate", "TUR")}),
    ("Egypt announced the restoration of the old city.", set()),
    ("The United States airlifted food to Ukraine.", {("USA", "support", "UKR")}),
    ("Britain airlifted its citizens out of Sudan.", set()),
    # an infinitive the parser made a reported clause stays under its verb: not allowing an act is no act (but a
    # refusal of the one not allowed)
    ("Turkey would not allow Sweden to join NATO.", {("TUR", "reject", "SWE")}),
    # a fight between others that is discussed is a topic; hostile acts the discussers may take are threats
    ("China and Russia discussed the war between Israel and Hamas.", set()),
    ("The G7 discussed new sanctions on Russia.", {("G7", "threaten", "RUS")}),
    # telling of another's plan is no charge
    ("A U.S. official said Israel was preparing to strike Iran.", {("ISR", "attack", "IRN")}),
    # the first of a hyphenated pair, hung on the second, names a party too
    # (and drills named by a pair are theirs together)
    (
        "North Korea condemned the U.S.-South Korean drills.",
        {("PRK", "accuse", "KOR"), ("PRK", "accuse", "USA"), ("KOR", "cooperate", "USA")},
    ),
    # relief sent to a place helps its state; troops sent to a region need not back it
    ("Egypt sent aid to Gaza.", {("EGY", "support", "PSE")}),
    ("Russia sent troops to Donbas.", set()),
    # having or winning the backing "of" another is receiving it
    ("Russia has the support of China at the UN.", {("CHN", "support", "RUS")}),
    ("Ukraine won the backing of Germany for its bid.", {("DEU", "support", "UKR")}),
    # a name is what its apposition says it is: the target's owner
    ("Israeli commandos stormed the Mavi Marmara, a Turkish ship.", {("ISR", "attack", "TUR")}),
    # a name the parser made a compound of the verb is its subject
    ("Vietnam contests China's claims.", {("VNM", "reject", "CHN")}),
    # wreaking violence is attacking; a gerund under a passive verb is its subject's act, under its object the object's
    ("Al-Shabab has wreaked havoc in Somalia.", {("al_shabaab", "attack", "SOM")}),
    ("The storm wreaked havoc across Cuba.", set()),
    ("Israel was criticized for attacking Gaza.", {("ISR", "attack", "PSE")}),
    ("France was accused of aiding rebels fighting Mali.", set()),
    # an act "in protest at/over" another's charges it; a protest at no one charges no one
    ("China recalled its ambassador in protest over the Lithuanian decision.", {("CHN", "accuse", "LTU")}),
    ("Workers went on strike in protest at low wages.", set()),
    # the act charged, denied or rejected in a relative clause: the accuser is rejected
    (
        "India accused Pakistan of sheltering militants, which Islamabad rejected.",
        {("IND", "accuse", "PAK"), ("PAK", "reject", "IND")},
    ),
    # halting talks named after the other side halts them with it
    ("Georgia suspended EU accession talks.", {("GEO", "sanction", "EU")}),
    # a treasury acts for its state; designating firms sanctions their state; a mercenary force is the group named before
    ("The U.S. Treasury designated five Iranian firms for supporting the Houthis.", {("USA", "sanction", "IRN")}),
    ("Israel designated Gaza City for evacuation.", set()),
    (
        "Washington sanctioned the Wagner Group, accusing the Russian mercenary force of abuses in Mali.",
        {("USA", "sanction", "wagner_group"), ("USA", "accuse", "wagner_group")},
    ),
    # an official's trip to a state visits it
    ("The Japanese prime minister is on a three-day trip to Vietnam.", {("JPN", "meet", "VNM")}),
    ("Chinese tourists cancelled trips to Japan.", set()),
    # a sum "in" goods counts the goods
    ("China bought $50 billion in Russian oil last year.", {("CHN", "cooperate", "RUS")}),
    # what a clause settles on is its subject's
    ("The EU agreed on new sanctions against Russia.", {("EU", "sanction", "RUS")}),
    # a personal pronoun never reaches past a person we cannot place
    (
        "Mehdiyev, who is Azerbaijani, testified on Tuesday. Masih Alinejad inspires others. Iran wants to kill her.",
        set(),
    ),
    # a name the parser buried among the modifiers of the next is a subject too
    (
        "Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol held a summit in Tokyo.",
        {("JPN", "meet", "KOR")},
    ),
    # the go-between of a deal meets each party, however the parser hangs its name
    (
        "Iran and Saudi Arabia agreed to restore ties in a China-brokered deal.",
        {("IRN", "cooperate", "SAU"), ("CHN", "meet", "IRN"), ("CHN", "meet", "SAU")},
    ),
    (
        "Russia and Ukraine signed a deal on Friday brokered by Turkey.",
        {("RUS", "cooperate", "UKR"), ("RUS", "meet", "TUR"), ("TUR", "meet", "UKR")},
    ),
    # swapping prisoners is done together; a thing given "in exchange for" prisoners is no swap between actors
    (
        "Ukraine and Russia swapped 115 prisoners each in a UAE-mediated exchange.",
        {("RUS", "cooperate", "UKR"), ("ARE", "meet", "RUS"), ("ARE", "meet", "UKR")},
    ),
    ("Israel and Hamas completed a prisoner exchange.", {("ISR", "cooperate", "hamas")}),
    ("Israel released 50 hostages in exchange for 150 Palestinian prisoners.", set()),
    # a leader who tells or urges another somewhere, or at talks, meets them; not one who tells reporters or writes
    ("Biden told Xi in Washington that he was worried.", {("CHN", "meet", "USA")}),
    ("Biden urged Netanyahu during a phone call to allow more aid.", {("ISR", "meet", "USA")}),
    ("Biden told reporters in Washington that he was worried about Xi.", set()),
    ("Biden urged Netanyahu in a letter to allow more aid.", set()),
    # traded goods are the state's they come from, wherever the parser hangs the "from"
    ("The EU imposed tariffs on steel from China.", {("EU", "sanction", "CHN")}),
    ("The United States imposed a 34% levy on goods from China.", {("USA", "sanction", "CHN")}),
    ("The EU imposed tariffs on steel on Monday, weeks after a complaint from China.", set()),
    # a state hit or slapped with sanctions receives them from their owner
    ("Iran was hit with new European Union sanctions on Thursday.", {("EU", "sanction", "IRN")}),
    ("Moscow was slapped with tariffs by Washington.", {("USA", "sanction", "RUS")}),
    ("The town was hit with missiles.", set()),
    # the object named after the label a verb gives it
    ("Qatar condemned as “cowardly” an Israeli strike on Tuesday.", {("QAT", "accuse", "ISR")}),
    ("Iran condemned as a violation the Israeli strike.", {("IRN", "accuse", "ISR")}),
    ("Russia rejected as baseless the accusations by Ukraine.", {("RUS", "reject", "UKR")}),
    # those killed when another shelled or struck fell to the shelling's doers
    (
        "At least 49 Armenian soldiers were killed when Azerbaijani forces shelled positions along the border.",
        {("AZE", "attack", "ARM")},
    ),
    # holding another responsible charges it
    ("Pakistan held India responsible for the attack.", {("PAK", "accuse", "IND")}),
    # drills held together, or with another, are joint; drills around another are no partnership but a show of force
    ("Washington and Seoul began annual military drills on Monday.", {("KOR", "cooperate", "USA")}),
    ("Russia held naval drills with China in the Sea of Japan.", {("CHN", "cooperate", "RUS")}),
    ("China held military drills around Taiwan.", {("CHN", "threaten", "TWN")}),
    # "a group, NAME": the name, wherever the parser hung it
    (
        "Pedersen said Friday that recent agreements between Syria\u2019s transitional authorities and an armed group, the "
        "Syrian Democratic Forces (SDF), “are a positive reminder.”",
        {("SYR", "cooperate", "sdf")},
    ),
    # dismissing another's word as a hostile thing charges them too
    ("Ukraine dismissed Russia's claims as propaganda.", {("UKR", "accuse", "RUS"), ("UKR", "reject", "RUS")}),
    # "the two neighbours" counts a target named by its modifiers
    (
        "Thai jets struck Cambodian targets as the two neighbours exchanged heavy fire along their border.",
        {("THA", "attack", "KHM"), ("KHM", "attack", "THA")},
    ),
    # "the downing" stands for the act told before it
    (
        "Turkey shot down a Russian warplane on Tuesday. President Vladimir Putin called the downing a stab in the back.",
        {("TUR", "attack", "RUS"), ("RUS", "accuse", "TUR")},
    ),
    # "..., a move X denounced": the move is the act of the clause it follows
    (
        "Spain and Norway recognised a Palestinian state on Tuesday, a move Israel denounced as a reward for terrorism.",
        {("ESP", "support", "PSE"), ("NOR", "support", "PSE"), ("ISR", "accuse", "ESP"), ("ISR", "accuse", "NOR")},
    ),
    # one said to be in breach of a treaty is charged; the treaty's year does not date the breach
    (
        "South Africa told the court on Thursday that Israel was in breach of the 1948 Genocide Convention.",
        {("ZAF", "accuse", "ISR")},
    ),
    ("Turkey invaded Cyprus in the summer of 1974.", set()),
    # an act done "in protest" charges whom the act is aimed at; those killed "in protests" fell to no one named
    ("France recalled its ambassador to Australia in protest.", {("FRA", "sanction", "AUS"), ("FRA", "accuse", "AUS")}),
    (
        "Turkey recalled its ambassador to Israel after dozens of Palestinians were killed in protests on the border.",
        {("TUR", "sanction", "ISR")},
    ),
    # a threat drawn from another falls on who drew it, though "from" hangs on what is threatened
    (
        "The United States approved an arms sale to Taiwan, drawing a threat of countermeasures from Beijing.",
        {("USA", "support", "TWN"), ("CHN", "threaten", "USA")},
    ),
    # envoys recalled from the capital where they serve
    ("Israel recalled its ambassadors in Oslo and Dublin.", {("ISR", "sanction", "NOR"), ("ISR", "sanction", "IRL")}),
    ("France recalled its ambassador in protest.", set()),
    # a vow that one's own state will strike threatens; the one helped to fight is the fighter, and only the
    # fighter is charged
    ("Iran's foreign minister vowed that Tehran would retaliate against Israel.", {("IRN", "threaten", "ISR")}),
    (
        "Seoul said Pyongyang had sent more than 10,000 troops to Russia to help it fight Ukraine.",
        {("PRK", "support", "RUS"), ("RUS", "attack", "UKR"), ("UKR", "attack", "RUS"), ("KOR", "accuse", "RUS")},
    ),
    # a name and a past verb the small model parsed as a noun phrase ("imposed tariffs") are a clause again
    ("ECOWAS imposed sanctions on Niger, closing borders.", {("ECOWAS", "sanction", "NER")}),
    ("Hungary's Orban vetoed EU aid for Ukraine.", {("HUN", "reject", "EU")}),
    ("Iran-backed militias.", set()),
    # an infinitive judged ("it is important to ...") tells no act
    ("It is important for Japan to work with China.", set()),
    ("Japan agreed to work with China.", {("CHN", "cooperate", "JPN")}),
    # arms received come from the one they are received from; no one meets the arms
    ("Ukraine received F-16 fighter jets from Denmark.", {("DNK", "support", "UKR")}),
    ("Kyiv faced missiles from Russia overnight.", set()),
    ("Xi received the Vietnamese delegation in Beijing.", {("CHN", "meet", "VNM")}),
    # an envoy sent is a visit; arms sent are aid ("to" parsed as a dative counts as a preposition)
    ("China sent a delegation to Taiwan for talks.", {("CHN", "meet", "TWN")}),
    ("Washington sent an envoy to Beijing.", {("CHN", "meet", "USA")}),
    ("Kenya sent 400 police officers to Haiti.", {("KEN", "support", "HTI")}),
    # what is fired on is its owner's; "its" in what an act aims at is not the attacker's
    ("Indian troops opened fire on Pakistani posts.", {("IND", "attack", "PAK")}),
    (
        "Pakistan's army said Indian troops had opened fire on its posts.",
        {("IND", "attack", "PAK"), ("PAK", "accuse", "IND")},
    ),
    # exports suspended to another sanction it; entry banned to a people sanctions their state
    ("Canada suspended the export of some arms to Turkey.", {("CAN", "sanction", "TUR")}),
    ("Russia banned entry to 500 Americans.", {("RUS", "sanction", "USA")}),
    # an act told and judged well charges no one
    ("Japan considers the sanctions by China a good step.", set()),
    ("Japan said the sanctions by China were justified.", set()),
    # "both sides" a speaker tells of are the two who fight, not the speaker
    (
        "The RSF has been fighting the Sudanese army, and the United Nations says both sides have committed grave violations.",
        {("SDN", "attack", "rsf"), ("rsf", "attack", "SDN"), ("UN", "accuse", "SDN"), ("UN", "accuse", "rsf")},
    ),
    # those who fell in a fight "with" another fell to the other
    ("Three Palestinians were killed in clashes with Israeli troops in Jenin.", {("ISR", "attack", "PSE")}),
    ("Two Indian soldiers were wounded in a gunfight with Pakistani troops.", {("PAK", "attack", "IND")}),
    ("Turkey prayed for Palestinians injured in confrontations with Israeli police.", {("ISR", "attack", "PSE")}),
    # a war threatened is a threat, made by who threatens only
    ("Israel threatened a full-scale war against Hezbollah.", {("ISR", "threaten", "hezbollah")}),
    ("Trump threatened a trade war with China.", {("USA", "threaten", "CHN")}),
    # one said to be "behind" an act is charged with it; one behind an actor backs it
    ("Tehran charged that Washington was behind the unrest.", {("IRN", "accuse", "USA")}),
    ("Biden said the United States was behind Ukraine.", set()),
    # a body named an "office" is no person "he" can stand for
    (
        "The U.N. Human Rights Office published a report on Xinjiang. He said he wanted to donate the photos to China.",
        set(),
    ),
    # "Kim" alone is Kim Jong Un, unless the article names another Kim in full
    ("Putin and Kim hold talks at Russian spaceport.", {("PRK", "meet", "RUS")}),
    ("South Korean Defence Minister Kim Yong-hyun spoke. Kim criticised Japan.", set()),
    # support vowed is promised, like support pledged
    ("North Korea vowed unwavering support for Russia's war.", {("PRK", "support", "RUS")}),
    # a clause on the place of a place: the troops it houses are struck, not their host
    (
        "Iran fired missiles at the Al Udeid air base in Qatar, which hosts U.S. troops.",
        {("IRN", "attack", "USA")},
    ),
    # a weapon fired with no doer named is its maker's, or fired from a ground
    ("A Houthi anti-ship cruise missile was fired toward the U.S. destroyer Laboon.", {("houthis", "attack", "USA")}),
    ("Two rockets were fired from Gaza toward Israel.", {("PSE", "attack", "ISR")}),
    # what is set ablaze or on fire is attacked; a deadline set is not
    ("Russian strikes set a Ukrainian grain terminal on fire.", {("RUS", "attack", "UKR")}),
    ("Israel set a deadline for Hamas.", set()),
    # an attack that is the setting of a clause is there, done by the clause's armed doers
    ("Russian drones violated Poland's airspace overnight during an attack on western Ukraine.", {("RUS", "attack", "UKR")}),
    ("Israeli soldiers arrested ten people during a raid on Jenin.", {("ISR", "attack", "PSE")}),
    # the doer named on what an act is called is its doer
    (
        "Hollande said the attacks in Paris were an act of war committed by Islamic State.",
        {("FRA", "accuse", "isis"), ("isis", "attack", "FRA")},
    ),
    # an act condemned with no doer named is the one told before; a condemned thing's owner is charged
    (
        "U.S.-led coalition jets struck Syrian army positions, and Russia denounced the raid.",
        {("RUS", "accuse", "USA"), ("USA", "attack", "SYR")},
    ),
    ("Guterres condemned the brutality of the Myanmar military.", {("UN", "accuse", "MMR")}),
    # a condemned act said to be what something was charges its owner
    (
        "Obama expelled 35 Russian diplomats in retaliation for what Washington said was Moscow's interference.",
        {("USA", "accuse", "RUS"), ("USA", "sanction", "RUS")},
    ),
    # what a clause's doers do "in support of" another supports it
    (
        "Russian warplanes carried out air strikes in Syria in support of President Bashar al-Assad.",
        {("RUS", "support", "SYR")},
    ),
    # what was struck, in an act retaliated for, is the retaliator's own
    (
        "Iran fired missiles at Israel in retaliation for American strikes on its nuclear sites.",
        {("IRN", "attack", "ISR"), ("USA", "attack", "IRN")},
    ),
    # states named as teams play a game: no meeting, no attack
    ("India and Pakistan met at the Cricket World Cup in Ahmedabad on Saturday.", set()),
    ("Argentina crushed Croatia 3-0 to reach the final.", set()),
    ("The United States hosted Mexico in a friendly in Atlanta.", set()),
    ("The Arab League readmitted Syria on Sunday.", {("ARAB_LEAGUE", "cooperate", "SYR")}),
    # hours given to leave expel; days given to comply are an ultimatum
    ("Mali's government gave the French ambassador 72 hours to leave the country.", {("MLI", "sanction", "FRA")}),
    ("The US gave Iran ten days to comply.", {("USA", "threaten", "IRN")}),
    # a tie refused on a condition is refused, not threatened
    (
        "Saudi Arabia will not establish diplomatic relations with Israel unless a Palestinian state is recognised.",
        {("SAU", "reject", "ISR")},
    ),
    # a name between "and" and a conjoined verb is that verb's subject, not a second target
    ("Russia attacked Kharkiv and Ukraine struck Belgorod.", {("RUS", "attack", "UKR"), ("UKR", "attack", "RUS")}),
    # a headline's present verb the small model reads as a noun after a name is mended to a verb
    ("Zelenskiy rebuffs Trump's land-swap idea", {("UKR", "reject", "USA")}),
    (
        "Biden huddles with Kishida, Marcos in first trilateral summit",
        {("JPN", "meet", "USA"), ("PHL", "meet", "USA"), ("JPN", "meet", "PHL")},
    ),
    ("Pakistan's Sharif, Xi pledge to deepen 'ironclad' ties in Beijing", {("CHN", "cooperate", "PAK")}),
    ("Houthis vow to keep targeting U.S. ships", {("houthis", "threaten", "USA")}),
    # the owner of a decision or plan does its act; a bid is no act; people sent away are no aid
    (
        "China condemned Washington's decision to hike duties on Chinese imports.",
        {("CHN", "accuse", "USA"), ("USA", "sanction", "CHN")},
    ),
    ("Turkey's parliament ratified Sweden's bid to join NATO.", {("TUR", "support", "SWE")}),
    ("Britain will send migrants to Rwanda.", set()),
    ("The minister resumed his duties.", set()),
    # a gerund after "a day after" has the main clause's subject; greetings in person and a foot set in a country meet
    (
        "The Kenyan president met Xi in Beijing, two days after holding talks with Modi in New Delhi.",
        {("CHN", "meet", "KEN"), ("IND", "meet", "KEN")},
    ),
    ("Putin hugged Kim Jong Un at the airport.", {("PRK", "meet", "RUS")}),
    ("Xi shook hands with Biden before the talks.", {("CHN", "meet", "USA")}),
    ("China embraced the proposal.", set()),
    ("Biden became the first president to set foot in Afghanistan since the withdrawal.", {("AFG", "meet", "USA")}),
    # a counted group owns its leaders, and a possessor is one of the group's members
    (
        "Egypt backed Sudan's call for talks, and the two countries' leaders met in Cairo.",
        {("EGY", "meet", "SDN"), ("EGY", "support", "SDN")},
    ),
    # an event told after a comma sums up its clause, whoever attributes it; a military command acts for its state
    ("Israel struck the port, in an attack that Egypt denounced as reckless.", {("EGY", "accuse", "ISR")}),
    ("Syrian forces shelled the village, in what Turkey called a war crime.", {("TUR", "accuse", "SYR")}),
    (
        "Russian ships rammed a Japanese boat, the coast guard said, in a confrontation the U.S. Navy condemned.",
        {("RUS", "attack", "JPN"), ("USA", "accuse", "RUS")},
    ),
    ("U.S. Africa Command said it had carried out an air strike against al-Shabab.", {("USA", "attack", "al_shabaab")}),
    # a two-word name after "and" is the next verb's subject; what "including" names is one of the verb's objects
    (
        "Turkey recalled its envoy to Iran for consultations on Monday and South Africa withdrew its ambassador to Israel.",
        {("TUR", "sanction", "IRN"), ("ZAF", "sanction", "ISR")},
    ),
    (
        "Iran fired missiles at Tel Aviv and the United States struck targets in Yemen.",
        {("IRN", "attack", "ISR"), ("USA", "attack", "YEM")},
    ),
    ("Washington unveiled new duties on Monday, including a 25% tariff on steel from Japan.", {("USA", "sanction", "JPN")}),
    # an official told as in another state's capital visits it; an envoy posted there or a place no capital does not
    ("Blinken said in Tokyo that the alliance was strong.", {("JPN", "meet", "USA")}),
    ("On Monday, German Chancellor Olaf Scholz in Paris praised the plan.", {("DEU", "meet", "FRA")}),
    ("The Chinese ambassador in Washington said the tariffs were unfair.", set()),
    ("Putin said in Moscow that talks were possible.", set()),
    # an invasion with no object falls on the state named before it; a time clause under speech is the narrator's
    ("Scholz made his first visit to Kyiv since Russia invaded.", {("DEU", "meet", "UKR"), ("RUS", "attack", "UKR")}),
    ("Russia invaded in February 2022.", set()),
    (
        "Macron visited Kyiv on Monday, declaring French support for Ukraine 'unshakable' a year after Russia invaded.",
        {("FRA", "meet", "UKR"), ("FRA", "support", "UKR"), ("RUS", "attack", "UKR")},
    ),
    # "for" hung on the verb past the claim of responsibility
    ("Islamic State claimed responsibility on Saturday for the attacks in Paris.", {("isis", "attack", "FRA")}),
    ("Hamas denied responsibility on Monday for the attack in Jerusalem.", set()),
    # "his" in a phrase put before the subject is the subject's; a meeting "after" which a clause refuses still was
    ("After his talks with Xi on Friday, Biden declined to comment on tariffs.", {("CHN", "meet", "USA")}),
    ("Putin met Xi on Monday. After his speech, Biden criticised Russia.", {("CHN", "meet", "RUS"), ("USA", "accuse", "RUS")}),
    ("The foreign ministers of Greece and Macedonia signed a deal on Sunday.", {("GRC", "cooperate", "MKD")}),
    # the right to retaliate reserved is a threat at the last actor; "said it" past a thing named is the speaker
    (
        "Iran accused Israel of a drone attack on a factory in Isfahan and said it reserved the right to respond.",
        {("IRN", "accuse", "ISR"), ("IRN", "threaten", "ISR")},
    ),
    ("The company reserves the right to respond to the claims.", set()),
    # an armed answer with no target falls on whoever acted last; one "by" another act is that act
    (
        "Israel struck Iran on Friday. Tehran responded with waves of ballistic missiles.",
        {("IRN", "attack", "ISR"), ("ISR", "attack", "IRN")},
    ),
    ("Israel struck Iran on Friday. Tehran retaliated on Saturday.", {("IRN", "attack", "ISR"), ("ISR", "attack", "IRN")}),
    ("The ministry responded with a statement.", set()),
    (
        "Trump raised tariffs on Canada. Trudeau retaliated by imposing tariffs on U.S. goods.",
        {("CAN", "sanction", "USA"), ("USA", "sanction", "CAN")},
    ),
    # states leading what is granted receive it
    (
        "EU leaders granted Ukraine and Moldova candidate status on Thursday.",
        {("EU", "support", "MDA"), ("EU", "support", "UKR")},
    ),
    ("Kenya received a $2 billion investment from Japan.", {("JPN", "support", "KEN")}),
    ("China announced a big investment in Kenya.", {("CHN", "cooperate", "KEN")}),
    # "its" in what a killing aims at, however counted, is not the killer's
    (
        "The Houthis fired missiles at Israel in retaliation for an Israeli strike that killed two of its senior leaders.",
        {("ISR", "attack", "houthis"), ("houthis", "attack", "ISR")},
    ),
    # a denial answers the latest sentence's charges
    (
        "Britain blamed Iran for the violence. Israeli officials accused Iran of plotting the bombing. Iran denied involvement.",
        {("GBR", "accuse", "IRN"), ("IRN", "reject", "ISR"), ("ISR", "accuse", "IRN")},
    ),
    # an opposition leader acts for no state
    ("Ugandan opposition leader Bobi Wine met South African President Cyril Ramaphosa.", set()),
    # a threat to send people or goods aims at where they go, not at whose they are
    ("Turkey threatened to send Syrian refugees to Greece.", {("TUR", "threaten", "GRC")}),
    # doctors or firefighters a state sends act for it; a team is what its "of" names
    ("A team of Cuban doctors arrived in Milan to help Italy fight the outbreak.", {("CUB", "support", "ITA")}),
    ("The Chinese team beat Japan.", set()),
    # the first owner of a thing owned twice over owns it; a summit a date owns is no one's
    ("A Russian missile slammed into Kyiv's main children's hospital on Monday.", {("RUS", "attack", "UKR")}),
    ("Putin will not attend next month's BRICS summit in Johannesburg.", set()),
    # a counted group reached while the people of the article are linked (the resolver was not yet whole)
    (
        "The shelling is practically at their doors,” she said.\n\nRussian troops have attacked Avdiivka from three sides "
        "for months, pounding the town with artillery.",
        {("RUS", "attack", "UKR")},
    ),
    # pressure exerted on another coerces it; pressure told of is no act
    ("China stepped up pressure on Taiwan.", {("CHN", "threaten", "TWN")}),
    ("The pressure on Iran is growing.", set()),
    # "their" after a group named earlier in its sentence is the group's ("these three nations")
    (
        "Leaders of the G7 discussed China, Russia and Iran. Analysts refer to these three nations as an axis, citing "
        "their growing collaboration.",
        {("CHN", "cooperate", "IRN"), ("CHN", "cooperate", "RUS"), ("IRN", "cooperate", "RUS")},
    ),
    # a text that acts speaks for its maker: owner, demonym, "from", the verb that issued it, or the one issued before
    ("China's statement condemned Japan.", {("CHN", "accuse", "JPN")}),
    ("A statement from the Kremlin accused Ukraine of terrorism.", {("RUS", "accuse", "UKR")}),
    ("The U.S. Senate passed a bill that imposes sanctions on Russia.", {("USA", "sanction", "RUS")}),
    (
        "Blinken issued a statement on Tuesday about the vote. The statement threatened sanctions on Somalia.",
        {("USA", "threaten", "SOM")},
    ),
    ("Japan welcomed a bill that provides military aid to Ukraine.", set()),
    # "his" past a named person the clause excludes (who answers her own idea?) is the one before; the visit called off
    # after her answer answers Denmark
    (
        "Donald Trump called off a visit on Tuesday after Mette Frederiksen dismissed his idea of buying Greenland.",
        {("DNK", "reject", "USA"), ("USA", "reject", "DNK")},
    ),
    # a participle after a comma hung on a clause describing a thing is the main clause's
    (
        "Niger's ruling junta on Saturday revoked a military accord that allowed U.S. troops to operate on its soil, "
        "accusing Washington of a condescending attitude.",
        {("NER", "accuse", "USA")},
    ),
    # forces crossing or advancing into another's ground attack it; people crossing do not
    ("Turkish troops advanced into northern Syria.", {("TUR", "attack", "SYR")}),
    ("Thousands of refugees crossed into Poland.", set()),
    ("The U.N. General Assembly voted on Wednesday to reprimand Russia.", {("UN", "accuse", "RUS")}),
    ("Rwanda and Congo have accused one another of backing armed groups.", {("COD", "accuse", "RWA"), ("RWA", "accuse", "COD")}),
    # "as" with a label hung on a clause inside the judged object; calling an idea absurd rejects, not accuses
    (
        "Japanese Prime Minister Fumio Kishida described North Korea's launch of a missile that flew over Japan as barbaric.",
        {("JPN", "accuse", "PRK")},
    ),
    ("Mette Frederiksen dismissed as absurd Donald Trump's idea of buying Greenland.", {("DNK", "reject", "USA")}),
    # help pledged in the event of an attack is a pact's condition, not help
    ("France pledged to help Estonia in case of war.", set()),
    # the target of an act hung on its doer's "by" phrase; where the doers are is not it
    (
        "Kyiv condemned the attack by Russian forces on Kharkiv.",
        {("UKR", "accuse", "RUS"), ("RUS", "attack", "UKR")},
    ),
    # things are theirs they belong to, and go where they are bound
    ("Canada froze assets belonging to Russian oligarchs.", {("CAN", "sanction", "RUS")}),
    ("Japan tightened export controls on equipment bound for China.", {("JPN", "sanction", "CHN")}),
    # aid offered to a dative, and people dispatched as sent
    ("India offered Sri Lanka a $1 billion credit line for food and fuel.", {("IND", "support", "LKA")}),
    ("Cuba dispatched doctors to Italy to help fight the pandemic.", {("CUB", "support", "ITA")}),
    # forces loyal or affiliated to an actor act for it
    ("Troops loyal to President Assad shelled Turkish positions.", {("SYR", "attack", "TUR")}),
    ("Militants affiliated with the Islamic State attacked Mozambique.", {("isis", "attack", "MOZ")}),
    # a hostile act one stands ready for, or will not hesitate to do, is a threat; a negated readiness is no act
    ("India has said it will not hesitate to strike Pakistan.", {("IND", "threaten", "PAK")}),
    ("The EU said it was ready to impose further sanctions on Belarus.", {("EU", "threaten", "BLR")}),
    ("Iran is not ready to negotiate with the United States.", set()),
    ("China is willing to work with Russia.", {("CHN", "cooperate", "RUS")}),
    # a military answer promised on a condition threatens the condition's actor
    ("Russia said it would respond militarily if Finland joined NATO.", {("RUS", "threaten", "FIN")}),
    # conduct said to do harm charges its owner; sanctions weighed aim at whom the conjoined warning is about
    ("Beijing said the U.S. move would harm relations.", {("CHN", "accuse", "USA")}),
    ("Analysts said the drought would harm Kenya.", set()),
    (
        "The EU is considering sanctions and warned that Somalia's actions would destabilize the region.",
        {("EU", "accuse", "SOM"), ("EU", "threaten", "SOM")},
    ),
    # a clash between two leaders, read as a verb with no subject of its own, is theirs
    (
        "Washington said it would pause aid to Kyiv, following the Oval Office clash between U.S. President Donald Trump "
        "and Ukrainian President Volodymyr Zelenskyy on Feb. 28.",
        {("UKR", "accuse", "USA"), ("USA", "accuse", "UKR"), ("USA", "sanction", "UKR")},
    ),
    # armed people named by their group act for it; by a state's adjective they are no state's
    ("Separatists of the Balochistan Liberation Army hijacked a train in Pakistan.", {("bla", "attack", "PAK")}),
    ("Members of Hamas attacked Israel.", {("hamas", "attack", "ISR")}),
    ("Pakistani militants attacked a checkpoint.", set()),
    ("Kenya stripped Somalia's ambassador of his accreditation.", {("KEN", "sanction", "SOM")}),
    # a court named as where a case was filed is not what "it" stands for
    (
        "South Africa filed a case against Israel at the International Court of Justice, accusing it of genocide.",
        {("ZAF", "accuse", "ISR")},
    ),
    # what others expect is a guess; who is expected to meet plans to
    ("Analysts expect China and India to clash again over the border.", set()),
    ("Biden is expected to meet Xi next week.", {("CHN", "meet", "USA")}),
    # flushing out or eliminating armed foes attacks them; eliminating tariffs does not
    ("Kenya launched an operation to flush out al-Shabab terrorists from the Boni Forest.", {("KEN", "attack", "al_shabaab")}),
    ("The government vowed to eliminate tariffs on Chinese goods.", set()),
    ("Militants from the Islamic State attacked a Syrian army base.", {("isis", "attack", "SYR")}),
    # security forces in a country are its forces; bare forces there may be another's
    ("Security forces in Somalia killed 50 al-Shabab militants in airstrikes.", {("SOM", "attack", "al_shabaab")}),
    ("Forces in Syria attacked Turkey.", set()),
    # a gathering to come may not meet all the members
    ("Rubio is scheduled to travel to Ottawa next week for meetings with G7 foreign ministers.", {("CAN", "meet", "USA")}),
    # an attack claimed after a comma falls on what the clause says was hit
    (
        "Tel Aviv was hit by a drone early on Friday, killing one man, in an attack claimed by Yemen's Houthi movement.",
        {("houthis", "attack", "ISR")},
    ),
    # "did the same", "followed suit": the subject does the last act told, to its target
    ("Britain expelled Russian diplomats, and Canada followed suit.", {("GBR", "sanction", "RUS"), ("CAN", "sanction", "RUS")}),
    (
        "The United States imposed sanctions on Iran. The EU did the same on Monday.",
        {("USA", "sanction", "IRN"), ("EU", "sanction", "IRN")},
    ),
    # a civil war told of is no one's act on another, and no charge
    ("UNICEF said millions of children in Sudan are suffering from the country's civil war.", set()),
    # a province's or a city's office holder speaks for its state; a separatist leader there does not
    ("Belgorod Governor Vyacheslav Gladkov accused Ukraine of shelling the region.", {("RUS", "accuse", "UKR")}),
    ("The governor of the Kursk region accused Ukraine of shelling the town.", {("RUS", "accuse", "UKR")}),
    ("Donetsk separatist leader Denis Pushilin accused Ukraine of shelling.", set()),
    # an abduction or a hijacking someone owns or carried out falls on the state of those taken; one no one is named for
    # is no one's act
    (
        "Boko Haram's abduction of 276 schoolgirls from Chibok in Borno State triggered global condemnation.",
        {("boko_haram", "attack", "NGA")},
    ),
    ("Pakistan condemned the kidnapping of two Chinese engineers in Balochistan.", set()),
    # officials "in charge of" something in a state are that state's
    (
        "India's foreign minister met officials in charge of energy policy in Japan and South Korea last week.",
        {("IND", "meet", "JPN"), ("IND", "meet", "KOR")},
    ),
    # calling for or vowing a war on someone threatens them; calling for talks is an appeal, not a meeting
    ("In 2022 Somalia's president called for a total war against al-Shabab.", {("SOM", "threaten", "al_shabaab")}),
    ("Ukraine called for talks with Russia.", set()),
    # "I" in a quotation is whoever it is attributed to: a leader speaks for the state, a professor for no one
    ('"If Canada does not drop its tariffs, I will raise tariffs on Canadian cars," Trump wrote.', {("USA", "threaten", "CAN")}),
    ('"I met Xi Jinping in Beijing," said Professor John Smith.', set()),
    # calling unnamed allegations baseless rejects whoever made them against the speaker before
    (
        "The United States charged that Iran plotted to kidnap a journalist. Tehran called the abduction allegations baseless.",
        {("USA", "accuse", "IRN"), ("IRN", "reject", "USA")},
    ),
    # the target of "a tariff hike on ..." hangs on the hike: it is the tariff's; weighed, it is a threat
    ("Canada announced a tariff hike on American steel.", {("CAN", "sanction", "USA")}),
    ("The United States is considering a tariff increase on Chinese steel.", {("USA", "threaten", "CHN")}),
    ("Canada did not announce a tariff hike on American steel.", set()),
    # taxing a state's goods sanctions it; taxing one's own companies does not
    ("The EU will tax Chinese electric vehicles at up to 35%.", {("EU", "sanction", "CHN")}),
    ("Russia taxed its oil companies heavily.", set()),
    # the actor that modifies a decision does its infinitive, as its possessor does
    ("He criticized the EU decision to impose tariffs on U.S. whiskey.", {("EU", "sanction", "USA")}),
    # an ultimatum issued to someone threatens them (CAMEO 139); one only named is no act
    ("Iran issued an ultimatum to Israel.", {("IRN", "threaten", "ISR")}),
    ("Russia rejected the ultimatum.", set()),
    # calling someone out criticises them; calling them up is a call; alarm voiced and exception taken are charges
    ("The EU called out China for its support of Russia.", {("EU", "accuse", "CHN"), ("CHN", "support", "RUS")}),
    ("Modi called up Putin on Tuesday.", {("IND", "meet", "RUS")}),
    ("Germany voiced alarm at Russia's nuclear rhetoric.", {("DEU", "accuse", "RUS")}),
    ("India took exception to Pakistan's remarks.", {("IND", "accuse", "PAK")}),
    # withdrawing from a deal "with" someone, the phrase hung on the verb, rejects them
    ("The United States withdrew from the nuclear deal with Iran.", {("USA", "reject", "IRN")}),
    # "retook" is retaking (the small model leaves the form as its lemma)
    ("The Sudanese army retook Khartoum from the RSF.", {("SDN", "attack", "rsf")}),
    # goods sent "from" a state are that state's to send
    ("Arms shipments from Iran to the Houthis continued.", {("IRN", "support", "houthis")}),
    ("The transfer of weapons from North Korea to Russia violates U.N. resolutions.", {("PRK", "support", "RUS")}),
    # objecting to a bid rejects it, objecting to conduct criticises; shrugging off warnings rejects them
    ("Turkey objected to Sweden's membership bid.", {("TUR", "reject", "SWE")}),
    ("India objected to China's conduct in Ladakh.", {("IND", "accuse", "CHN")}),
    ("Beijing shrugged off Washington's warnings.", {("CHN", "reject", "USA")}),
    # "part of" a debt is the debt; intelligence shared is aid, concerns shared are not
    ("China wrote off part of Zambia's debt.", {("CHN", "support", "ZMB")}),
    ("Washington shared intelligence with Kyiv.", {("USA", "support", "UKR")}),
    ("Macron shared his concerns with Xi.", set()),
    # "the prime ministers", "the countries" alone take the last pair; "the countries that ..." are others
    (
        "Mauritius conferred its highest honour on Modi. Later the prime ministers signed eight pacts to boost cooperation.",
        {("IND", "cooperate", "MUS")},
    ),
    ("Putin met Xi in Moscow. He said the countries that border Russia must be careful.", {("CHN", "meet", "RUS")}),
    # a vow to answer someone's act threatens its author
    ("Iran vowed to respond to any Israeli attack with force.", {("IRN", "threaten", "ISR")}),
    ("Beijing vowed to respond to any moves by the Philippines to undermine its sovereignty.", {("CHN", "threaten", "PHL")}),
    # an act told of militants based in a state charges the state; they do not act for it
    ("Pakistani officials said the attack was carried out by militants based in Afghanistan.", {("PAK", "accuse", "AFG")}),
    ("Militants based in Afghanistan attacked a Pakistani army post.", set()),
    # a claim voiced again says what its clause says ("bases" is mended from the small model's lemma "basis")
    (
        "Pakistani officials reiterated the claim that the attack was orchestrated by militants with bases in Afghanistan.",
        {("PAK", "accuse", "AFG")},
    ),
    ("India rejected the claim that it supports militants in Pakistan.", set()),
    # backing a measure told before takes part in it; backing a plan of peace is backing its maker
    (
        "The European Union proposed tariffs on Chinese cars. The measure passed with support from France and Italy.",
        {("EU", "sanction", "CHN"), ("FRA", "sanction", "CHN"), ("ITA", "sanction", "CHN")},
    ),
    (
        "The European Union proposed tariffs on Chinese cars. The proposal was backed by France.",
        {("EU", "sanction", "CHN"), ("FRA", "sanction", "CHN")},
    ),
    ("The European Union proposed a peace plan for Ukraine. France backed the plan.", {("FRA", "support", "EU")}),
    # government forces are the state told last as a subject; "regime" forces are no one's
    (
        "Sudan's army chief met Egypt's president. Government troops shelled RSF positions in Khartoum.",
        {("EGY", "meet", "SDN"), ("SDN", "attack", "rsf")},
    ),
    ("Syria's president spoke in Damascus. Regime forces shelled Turkish posts.", set()),
    # vowing to defeat or wipe out an armed group threatens it
    ("Somalia's president vowed to defeat al-Shabab.", {("SOM", "threaten", "al_shabaab")}),
    ("Pakistan vowed to wipe out the BLA.", {("PAK", "threaten", "bla")}),
    ("India defeated Pakistan in the cricket final.", set()),
    # a hostile act one acts despite falls on the one who acts regardless (not where it names its own target)
    ("Ankara tested the system despite U.S. threats of sanctions.", {("USA", "threaten", "TUR")}),
    ("Israel pressed ahead with the offensive despite criticism from France.", {("FRA", "accuse", "ISR")}),
    ("Turkey bought the S-400 despite strong U.S. opposition.", {("USA", "reject", "TUR")}),
    ("The talks went ahead despite U.S. threats against Iran.", {("USA", "threaten", "IRN")}),
    ("The opposition criticized the government.", set()),
    # "a claim X rejected" after a reported clause rejects its speaker, not the clause's subject
    (
        "Washington said Iran supplied drones to Russia, a claim Tehran rejected.",
        {("IRN", "reject", "USA"), ("IRN", "support", "RUS"), ("USA", "accuse", "IRN")},
    ),
    # what "met with" criticism or opposition from someone falls on its maker; meeting with someone is still a meeting
    ("Malaysia's submission met with opposition from China.", {("CHN", "reject", "MYS")}),
    ("Israel's raid met with condemnation from Turkey.", {("TUR", "accuse", "ISR")}),
    ("Xi met with Putin in Moscow.", {("CHN", "meet", "RUS")}),
    # good relations or ties are cooperation; soured ones, or none, are not
    ("India has long enjoyed good relations with Mauritius.", {("IND", "cooperate", "MUS")}),
    ("Relations between China and Japan have soured.", set()),
    ("China has no good relations with Japan.", set()),
    # peacekeepers or rescuers arriving in a state come to help it; troops arriving are no help, an official a visit
    ("Additional European peacekeepers arrived in Bosnia on Wednesday.", {("EU", "support", "BIH")}),
    ("Russian troops arrived in Mali.", set()),
    # an economic or good relationship is cooperation, so is acting in coordination with someone; cutting relations is not
    ("China's burgeoning economic relationship with Mauritius makes the island vulnerable.", {("CHN", "cooperate", "MUS")}),
    (
        "The US killed the IS leader in coordination with the Iraqi government.",
        {("USA", "attack", "isis"), ("IRQ", "cooperate", "USA")},
    ),
    ("China cut economic relations with Lithuania.", {("CHN", "sanction", "LTU")}),
    # who is tied to an act ("involved in", "linked to", "implicated in") did it
    ("Canada said Indian agents were linked to the killing of a Sikh leader.", {("CAN", "accuse", "IND")}),
    (
        "Turkey said Russian officers were implicated in the attack on Turkish soldiers.",
        {("TUR", "accuse", "RUS"), ("RUS", "attack", "TUR")},
    ),
    ("Canada said Indian agents were involved in talks on the killing of a Sikh leader.", set()),
    (
        "Trudeau said Ottawa was pursuing allegations linking agents of the Indian government to the killing of a Sikh leader.",
        {("CAN", "accuse", "IND")},
    ),
    # a rate conjoined to a measure is another of it; duties "on" something; a reprisal answers what occasioned it
    (
        "Donald Trump ordered tariffs of 25% on imports from Mexico and 10% on goods from China.",
        {("USA", "sanction", "MEX"), ("USA", "sanction", "CHN")},
    ),
    (
        "China hit back with its own tariffs, after U.S. duties of 25% on $34 billion of Chinese goods took effect.",
        {("CHN", "sanction", "USA"), ("USA", "sanction", "CHN")},
    ),
    ("The minister resumed his duties on Monday, after Russia criticised Estonia.", {("RUS", "accuse", "EST")}),
    ("The U.S. imposed import duties on steel products from Canada, the trade body said.", {("USA", "sanction", "CAN")}),
    # the doer of conduct named with "of" (not what an invasion befalls)
    ("China condemned what it called the reckless provocations of the Philippines.", {("CHN", "accuse", "PHL")}),
    ("Japan criticised the aggressive behaviour of China in the East China Sea.", {("JPN", "accuse", "CHN")}),
    ("Poland condemned the invasion of Ukraine.", set()),
    # a meeting that opens the sentence as its setting took place, whatever the clause then asks
    ("At talks with Putin in Moscow, Modi called for peace.", {("IND", "meet", "RUS")}),
    ("In a phone call with Biden, Xi urged restraint.", {("CHN", "meet", "USA")}),
    ("At the meeting, Russia called for talks with Ukraine.", set()),
    # a hostile act one will not rule out is threatened, also when one refuses to rule it out
    ("Trump said he would not rule out military action against Venezuela.", {("USA", "threaten", "VEN")}),
    ("Israel declined to rule out a ground invasion of Lebanon.", {("ISR", "threaten", "LBN")}),
    ("Trump ruled out military action against Venezuela.", set()),
    ("Turkey said Greece was militarizing the islands.", {("TUR", "accuse", "GRC")}),
    ("Britain said Russia had hacked its election systems.", {("GBR", "accuse", "RUS")}),
    # goods named "such as" or "including" are their makers' too
    (
        "China imposed tariffs on European products such as dairy, pork and French brandy.",
        {("CHN", "sanction", "EU"), ("CHN", "sanction", "FRA")},
    ),
    ("China imposed tariffs on European products, as Japan did.", {("CHN", "sanction", "EU")}),
    # a verb the tagger took for a noun, or whose subject it hung as a modifier
    ("Vietnam and Malaysia contest China's claims over the sea.", {("VNM", "reject", "CHN"), ("MYS", "reject", "CHN")}),
    (
        "Malaysia, the Philippines, Brunei, Vietnam and Taiwan contest China's claims.",
        {(k, "reject", "CHN") for k in ("MYS", "PHL", "BRN", "VNM", "TWN")},
    ),
    ("Trump imposed tariffs on 35 countries, including Japan.", {("USA", "sanction", "JPN")}),
    # arms received, aid relied on
    ("Ukraine received Patriot air defense systems from Germany.", {("DEU", "support", "UKR")}),
    ("Ukraine got new payment systems from China.", set()),
    ("Kyiv relies on U.S. military aid.", {("USA", "support", "UKR")}),
    ("The talks depend on Russia's support.", set()),
    ("Ghana suspended flights from Nigeria.", {("GHA", "sanction", "NGA")}),
    ("France pledged 100 million euros to rebuild Lebanon.", {("FRA", "support", "LBN")}),
    ("Israel will rebuild its army.", set()),
    ("Borrell accused Russia of blockading Ukraine's ports.", {("EU", "accuse", "RUS")}),
    ("Borrell said Russia was blockading Ukraine's ports.", {("EU", "accuse", "RUS"), ("RUS", "attack", "UKR")}),
    ("Greece and Turkey pledged to improve relations.", {("GRC", "cooperate", "TUR")}),
    ("Turkey is working to repair ties with Cairo.", {("EGY", "cooperate", "TUR")}),
    ("The war did not improve relations between Russia and the West.", set()),
    ("Moscow and Beijing praised their no-limits friendship.", {("CHN", "cooperate", "RUS")}),
    ("Putin hailed relations with China as the best in history.", {("CHN", "cooperate", "RUS")}),
    ("The US put Cuba back on its list of state sponsors of terrorism.", {("USA", "sanction", "CUB")}),
    ("The US put Cuba's terrorism designation under review.", set()),
    ("The U.S. revoked visas for Nicaraguan officials.", {("USA", "sanction", "NIC")}),
    ("Burkina Faso suspended broadcasts of French radio stations.", {("BFA", "sanction", "FRA")}),
    # a state's companies are its ground, aimed at but never acting
    ("Washington placed Huawei on a trade blacklist.", {("USA", "sanction", "CHN")}),
    ("The U.S. imposed sanctions on Gazprom and Rosneft.", {("USA", "sanction", "RUS")}),
    ("Gazprom cut gas supplies to Poland.", set()),
    ("Japan announced an emergency grant of $5 million to Pakistan.", {("JPN", "support", "PAK")}),
    ("The Fulbright grant program funds students.", set()),
    # mediators act for their state; separate talks keep their partners apart
    (
        "Egyptian mediators held separate talks with Hamas and Israeli officials.",
        {("EGY", "meet", "ISR"), ("EGY", "meet", "hamas")},
    ),
    ("Vietnam said China had violated its sovereignty.", {("VNM", "accuse", "CHN")}),
    ('China says "We respect sovereignty," and here, Russia has violated the sovereignty of Ukraine.', set()),
    ("Tehran rejected criticism from the IAEA.", {("IRN", "reject", "IAEA"), ("IAEA", "accuse", "IRN")}),
    ('Khamenei said the United States was the "Great Satan".', {("IRN", "accuse", "USA")}),
    ("China called the US policy misguided.", {("CHN", "accuse", "USA")}),
    ("The Trump administration returned Cuba to the U.S. list of state sponsors of terrorism.", {("USA", "sanction", "CUB")}),
    ("Germany shuts Iranian consulates.", {("DEU", "sanction", "IRN")}),
    ("The US closed its embassy in Kyiv.", set()),
    ("Fifteen Russian embassy officials were declared persona non grata by Norway.", {("NOR", "sanction", "RUS")}),
    # a refusal warned of is a threat; coordinated possessors both own
    (
        "Erdogan warned that Ankara would block Sweden's and Finland's bids to join NATO.",
        {("TUR", "threaten", "SWE"), ("TUR", "threaten", "FIN")},
    ),
    ("Turkey said it would block Sweden's bid to join NATO.", {("TUR", "reject", "SWE")}),
    # "his country" is the state its speaker acts for
    (
        "Colombian President Gustavo Petro said his country would break off diplomatic relations with Israel.",
        {("COL", "sanction", "ISR")},
    ),
    # fighting and hostilities between two sides: each attacks the other ("fighting" read as a noun or a verb)
    ("Heavy fighting between Israel and Hamas continued on Sunday.", {("ISR", "attack", "hamas"), ("hamas", "attack", "ISR")}),
    ("Fighting between Armenia and Azerbaijan erupted in September.", {("ARM", "attack", "AZE"), ("AZE", "attack", "ARM")}),
    ("Hostilities between Israel and Hezbollah resumed.", {("ISR", "attack", "hezbollah"), ("hezbollah", "attack", "ISR")}),
    ("Russia's aggression against Ukraine has killed thousands.", {("RUS", "attack", "UKR")}),
    # asking someone to stop their own hostile act charges them; asking is not doing
    ("The United States urged Russia to stop its attacks on Ukraine.", {("USA", "accuse", "RUS")}),
    ("Washington demanded that Russia stop its attacks on Ukraine.", {("USA", "accuse", "RUS")}),
    ("Israel said Hamas must stop firing rockets at Israeli towns.", {("ISR", "accuse", "hamas")}),
    ("China urged the Philippines to stop infringing on Chinese sovereignty.", {("CHN", "accuse", "PHL")}),
    ("Washington called on Moscow to end its war in Ukraine.", {("USA", "accuse", "RUS"), ("RUS", "attack", "UKR")}),
    ("Western politicians have called on China to cease its support for Russia.", set()),
    # who brings a measure in makes it ("imposition", "extension" in enactment_nouns)
    (
        "Canada protested Washington's imposition of tariffs on Canadian steel.",
        {("CAN", "accuse", "USA"), ("USA", "sanction", "CAN")},
    ),
    ("The imposition of sanctions on Russia by the EU angered Moscow.", {("EU", "sanction", "RUS")}),
    # ties told to grow warmer; a pact of two possessors the parser split ("A and [B's treaty]")
    ("Trade ties between Russia and Turkey grew stronger.", {("RUS", "cooperate", "TUR")}),
    ("Relations between India and Mauritius have improved.", {("IND", "cooperate", "MUS")}),
    ("Relations between India and China have deteriorated.", set()),
    ("Russia and North Korea's treaty took effect in December.", {("PRK", "cooperate", "RUS")}),
    # "as it ..." under a verb of backing: the one backed
    ("The US will support Ukraine as it defends itself against Russia.", {("USA", "support", "UKR")}),
    (
        "Biden pledged that the United States would stand with Israel as it fought Hamas.",
        {("USA", "support", "ISR"), ("ISR", "attack", "hamas"), ("hamas", "attack", "ISR")},
    ),
    # acts of force named as counteroffensives, massacres and bomb blasts; a place in a capital is the state's ground
    ("Ukraine launched a counteroffensive against Russian forces.", {("UKR", "attack", "RUS")}),
    ("ISIS carried out an attack on a concert hall in Moscow.", {("isis", "attack", "RUS")}),
    ("ISIS claimed responsibility for suicide bombings at Kabul airport.", {("isis", "attack", "AFG")}),
    ("ISIS claimed the suicide bombings at Brussels airport.", set()),  # the EU's seat names no ground of the EU
    ("Brussels officials criticised Hungary.", {("EU", "accuse", "HUN")}),
    ("A blast at a chemical plant in Tianjin killed dozens.", set()),
    # the sides named beside a plural; relief dropped from the air; guests hosted together for talks meet
    (
        "Yemen's warring parties, the Saudi-led coalition and the Houthi movement, have agreed to a truce.",
        {("SAU", "cooperate", "houthis")},
    ),
    ("U.S. military planes airdropped more than 38,000 meals into Gaza on Saturday.", {("USA", "support", "PSE")}),
    (
        "Joe Biden welcomed Anthony Albanese and Rishi Sunak to a naval base in San Diego for talks.",
        {("AUS", "meet", "USA"), ("GBR", "meet", "USA"), ("AUS", "meet", "GBR")},
    ),
    ("Xi hosted Putin and Lukashenko in Beijing.", {("CHN", "meet", "RUS"), ("BLR", "meet", "CHN"), ("BLR", "meet", "RUS")}),
    # a ground in a coordination the parser folded into one noun; those an attack's clause says it killed
    ("India struck nine sites in Pakistan and Pakistan-administered Kashmir early on Wednesday.", {("IND", "attack", "PAK")}),
    ("ISIS claimed responsibility for a suicide bombing that killed 13 U.S. service members.", {("isis", "attack", "USA")}),
    # a military operation "in" a state is waged on it, unless a target is named
    ("Putin launched a special military operation in Ukraine.", {("RUS", "attack", "UKR")}),
    ("Israel launched a military operation in Syria against Hezbollah.", {("ISR", "attack", "hezbollah")}),
    # a weapon or force is the one's who fired, sent or leads it (not the backer's)
    ("A missile fired by Yemen's Houthis struck Israel's main international airport.", {("houthis", "attack", "ISR")}),
    ("A coalition led by Saudi Arabia struck Sanaa.", {("SAU", "attack", "YEM")}),
    ("Soldiers backed by African Union troops freed the hostages.", set()),
    # making up; sharing data between two; "its neighbour" is another state named before
    ("The Gulf Cooperation Council ended its three-year rift with Qatar on Tuesday.", {("GCC", "cooperate", "QAT")}),
    ("Turkey and Egypt have settled their differences.", {("EGY", "cooperate", "TUR")}),
    ("South Korea and Japan share data on North Korean missile launches.", {("JPN", "cooperate", "KOR")}),
    ("The US shared intelligence with Ukraine.", {("USA", "support", "UKR")}),
    (
        "Algeria cut diplomatic relations with Morocco on Tuesday, accusing its western neighbour of hostile actions.",
        {("DZA", "sanction", "MAR"), ("DZA", "accuse", "MAR")},
    ),
    (
        "China warned Japan, saying its ally the United States was provoking tension.",
        {("CHN", "threaten", "JPN"), ("CHN", "accuse", "USA")},
    ),
    # an extension or renewal of a thing is its owner's
    ("Russia blocked an extension of the OSCE's monitoring mission in Ukraine.", {("RUS", "reject", "OSCE")}),
    # an aid package agreed to; an IMF loan arrangement
    ("EU leaders agreed on Thursday to a 50 billion euro support package for Ukraine.", {("EU", "support", "UKR")}),
    ("The IMF's executive board approved a $3 billion stand-by arrangement for Pakistan.", {("IMF", "support", "PAK")}),
    ("Pakistan reached a security arrangement with China.", set()),
    # intelligence services act for their state
    ("The Mossad killed an Iranian scientist.", {("ISR", "attack", "IRN")}),
    # proxies: "Iran-backed militants" do not act for Iran, but a charge against them is laid at its door
    ("Iran-backed militants attacked a base in Jordan.", set()),
    ("The US blamed Iran-backed militants for the attack.", {("USA", "accuse", "IRN")}),
    ("Russia and China vetoed a U.S.-sponsored U.N. resolution.", {("CHN", "reject", "USA"), ("RUS", "reject", "USA")}),
    # US territories are its ground
    ("Kim threatened to fire missiles at Guam.", {("PRK", "threaten", "USA")}),
    # those met one by one do not meet each other (those met at a trilateral summit do: see the headlines above)
    ("Biden met Kishida and Marcos separately.", {("JPN", "meet", "USA"), ("PHL", "meet", "USA")}),
    # joint drills judged are there; their "by" may hang on the verb
    (
        "Pyongyang denounced the latest joint drills by South Korea and the United States.",
        {("KOR", "cooperate", "USA"), ("PRK", "accuse", "KOR"), ("PRK", "accuse", "USA")},
    ),
    # "to" hung on what is sent
    ("North Korea's dispatch of thousands of troops to Russia angered Seoul.", {("PRK", "support", "RUS")}),
    # a past verb read as a clause on the noun root is the root; one running for an office holds none
    (
        "Qatar's emir, Sheikh Tamim bin Hamad Al Thani, spoke by telephone with US President Joe Biden about hostages.",
        {("QAT", "meet", "USA")},
    ),
    # a named party's act a reaction answers is there ("over Madrid's backing"); a verb's past form is no noun's
    (
        "Algeria froze trade over Madrid's backing of Morocco's autonomy plan for Western Sahara.",
        {("ESP", "support", "MAR")},
    ),
    ("Peru declared Mexico's ambassador persona non grata on Tuesday.", {("PER", "sanction", "MEX")}),
    # the doer of what a speaker calls something, named "by" after it
    ("Pakistan condemned what it called an unprovoked violation of its airspace by Iran.", {("PAK", "accuse", "IRN")}),
    # what there are calls for is asked for, not done; "the two sides" are the two last called a side
    ("The EU issued a call for aid to Gaza.", set()),
    (
        "The Chinese side proposed a minimum price, but the European side refused. "
        "The vote was pushed to Friday to allow time for more consultation between the two sides.",
        {("EU", "reject", "CHN"), ("CHN", "meet", "EU")},
    ),
    # a denied charge answers whoever charged the denier, never a maker whose charges named others
    (
        "The US accused Iran of arming the Houthis. Britain accused Russia of meddling. Iran rejected the accusations.",
        {("USA", "accuse", "IRN"), ("GBR", "accuse", "RUS"), ("IRN", "reject", "USA")},
    ),
    (
        "Pakistan accused India of sheltering militants. Afghanistan rejected the accusations.",
        {("PAK", "accuse", "IND")},
    ),
    # a noun known by a name is what it names; an armed group's attack falls where it happened before on its war's foe;
    # reciprocal hostilities taken up by a subject are its own
    ("A rebel group known as 3R has launched attacks in Chad.", {("3r", "attack", "TCD")}),
    ("A militia named the Wagner Group attacked Mali.", {("wagner_group", "attack", "MLI")}),
    ("3R relaunched hostilities in Chad.", {("3r", "attack", "TCD")}),
    ("Fighting between 3R and Chad went on, in clashes that killed dozens.", {("3r", "attack", "TCD"), ("TCD", "attack", "3r")}),
    # unnamed militants are the one armed group the article names, even when it is named later; not one of two
    (
        "A Pakistani military operation killed 30 terrorists. The Baloch Liberation Army claimed responsibility for the attack.",
        {("PAK", "attack", "bla"), ("bla", "attack", "PAK")},
    ),
    ("A Pakistani military operation killed 30 terrorists. The Baloch Liberation Army and the TTP were blamed.", set()),
    # "the group" is the one its antecedent's sentence is about; "the rebel group of killing" is still the group
    (
        "3R rebels claim that they protect herders from attacks by anti-Balaka militias. "
        "Chad accuses the rebel group of killing civilians.",
        {("3r", "accuse", "anti_balaka"), ("TCD", "accuse", "3r")},
    ),
    (
        "Israel struck Hezbollah. The group vowed to attack Israel.",
        {("ISR", "attack", "hezbollah"), ("hezbollah", "threaten", "ISR")},
    ),
    # "..., a charge X rejected": the small model glues the claim noun to the name; the mend gives the verb its object
    (
        "Pakistan said the attack was orchestrated by militants in Afghanistan, "
        "a charge Afghan spokesperson Abdul Balkhi rejected Thursday.",
        {("PAK", "accuse", "AFG"), ("AFG", "reject", "PAK")},
    ),
    # what one will do if another does not act is an ultimatum to it; leave to act if no one objects is none
    ("Turkey will buy Russian aircraft if the U.S. does not lift the F-35 freeze.", {("TUR", "threaten", "USA")}),
    ("Germany will host the summit if France does not object.", set()),
    # "they" are many, not one court; a people a state owns is not its leader
    ("Malawi's High Court ordered schools to admit pupils. Parents say they accused Zambia of meddling.", set()),
    ("Malawi's Rastafarians criticized the US.", set()),
    # a charge denied was made against the denier; not a territorial claim, nor a charge against someone else
    ("The Philippines rejected China's claims over the sea.", {("PHL", "reject", "CHN")}),
    ("The US rejected Russia's allegations against Ukraine.", {("USA", "reject", "RUS"), ("RUS", "accuse", "UKR")}),
    # an owned displeasure is its owner's, with no verb to voice it
    ("Beijing's anger at Washington grew.", {("CHN", "accuse", "USA")}),
    ("Turkey's frustration with Washington is mounting.", {("TUR", "accuse", "USA")}),
    # protection given or received is support (CAMEO 074); a state's protection of its own interests is none
    ("North Korea is benefiting from Russia's political protection.", {("RUS", "support", "PRK")}),
    ("Russia's protection of its interests is firm.", set()),
    # "the army" told bare is the one whose army was named before; none named, it is no one's
    (
        "The Pakistani army said BLA militants attacked a train. The army then killed 33 terrorists.",
        {("PAK", "accuse", "bla"), ("bla", "attack", "PAK"), ("PAK", "attack", "bla")},
    ),
    ("The army killed 33 terrorists of the BLA.", set()),
    # a threat that names no one aims at whom its maker acted against just before
    ("The US condemned Iran's missile test. It threatened sanctions.", {("USA", "accuse", "IRN"), ("USA", "threaten", "IRN")}),
    # a speaker who calls "this" false denies the charge made against them; one not charged denies nothing
    (
        "The US accused Russia of buying weapons from North Korea. "
        "“This is completely false,” Russian envoy Vassily Nebenzia told the council.",
        {("USA", "accuse", "RUS"), ("RUS", "reject", "USA")},
    ),
    (
        "India accused Pakistan of sheltering militants. “This is false,” the Chinese envoy said.",
        {("IND", "accuse", "PAK")},
    ),
    # words aimed at someone are a charge against them, also "in a swipe at" one (said by the clause's subject)
    ("Biden's jibe at Xi angered Beijing.", {("USA", "accuse", "CHN")}),
    ("Erdogan took a swipe at Israel on Tuesday.", {("TUR", "accuse", "ISR")}),
    ("In a veiled swipe at Washington, Xi said no country should bully others.", {("CHN", "accuse", "USA")}),
    ("Macron, in a rebuke to Beijing, said Europe would defend its industry.", {("FRA", "accuse", "CHN")}),
    ("Farmers were killed in a protest against the EU.", set()),
    # those who discuss among themselves meet; not when the talk is an aim they set out for others
    ("Putin and Erdogan discussed grain exports.", {("RUS", "meet", "TUR")}),
    ("Washington and NATO offered to discuss arms control.", set()),
    ("The United States and Britain called a meeting to discuss Iran's program.", set()),
    # a place taken from someone is taken in an attack on them
    ("Azerbaijani troops seized several villages from Armenian forces.", {("AZE", "attack", "ARM")}),
    # an act that names no target answers the one whose act prompted it
    (
        "Erdogan suggested Macron needed mental health treatment, prompting France to recall its ambassador.",
        {("FRA", "sanction", "TUR")},
    ),
    ("North Korea fired missiles, prompting Japan to lodge a protest.", {("JPN", "accuse", "PRK")}),
    ("France recalled its ambassador.", set()),
    # an investigation into acts is aimed at their doers, also when the parser hangs "by" on the verb
    ("The ICC opened a probe into alleged war crimes by Israeli forces.", {("ICC", "accuse", "ISR")}),
    # "the claim" or "the account" one rejects is what was said of it before, not anything said
    (
        "The Chinese coast guard said a Philippine supply ship had dangerously approached a Chinese vessel. "
        "Manila rejected the account.",
        {("PHL", "reject", "CHN")},
    ),
    ("Japan said the talks went well. Manila rejected the claim.", set()),
    # the sides that act at talks told as the setting hold them
    (
        "During the talks, the Iranian side demanded guarantees, but the American side refused.",
        {("IRN", "meet", "USA"), ("USA", "reject", "IRN")},
    ),
    # a supplier of arms supports whom it supplies (not one of gas); a speaker who says another rips one off charges it
    ("Germany has become one of the biggest suppliers of weapons to Ukraine.", {("DEU", "support", "UKR")}),
    ("Russia, India's main arms supplier, sent jets.", {("RUS", "support", "IND")}),
    ("Russia is the largest supplier of gas to Europe.", set()),
    ("Trump said Canada ripped off American farmers.", {("USA", "accuse", "CAN")}),
    ("North Korea called the drills by South Korea a rehearsal for invasion.", {("PRK", "accuse", "KOR")}),
    # an organisation's lower-case name in context ("the watchdog", "the court") once it is named; not another's
    (
        "The IAEA inspected the site last week. The watchdog accused Iran of hiding material.",
        {("IAEA", "accuse", "IRN")},
    ),
    ("A rights watchdog accused Iran of hiding material.", set()),
    ("The IAEA met. Iran's news agency said the agency lied.", set()),
    # a speaker's participle after a comma goes on with the speaker's words; ramming another's vessels harms them
    (
        "Manila said Chinese ships had rammed its vessels, calling the move illegal.",
        {("CHN", "attack", "PHL"), ("PHL", "accuse", "CHN")},
    ),
    # a campaign of arms against someone attacks them; not any campaign
    ("Israel's air campaign against Hezbollah intensified.", {("ISR", "attack", "hezbollah")}),
    ("Trump launched a campaign against China's trade practices.", set()),
    # an act judged in an appeal to its doers accuses them
    (
        "Washington urged Moscow and Pyongyang to cease their dangerous cooperation.",
        {("USA", "accuse", "PRK"), ("USA", "accuse", "RUS")},
    ),
    # one said to use a thing as a weapon or a pretext is charged; told by the narrator it is no charge
    ("Kyiv says Moscow is using energy as a weapon.", {("UKR", "accuse", "RUS")}),
    ("China said the US used human rights as a pretext to interfere.", {("CHN", "accuse", "USA")}),
    ("Iran said its missiles were a weapon of defence.", set()),
    # a firm answer vowed to another's act threatens its doer (and "any" provocation charges no one); one to "any
    # threats" threatens no one
    ("Beijing said it would resolutely respond to any provocation by Manila.", {("CHN", "threaten", "PHL")}),
    ("Israel struck Iran. Seoul would resolutely respond to any threats to its security.", {("ISR", "attack", "IRN")}),
    # tariffs a speaker says another will face threaten it
    ("Trump said Denmark would face very high tariffs if it refused to sell Greenland.", {("USA", "threaten", "DNK")}),
    ("Israel crushed Hamas's forces in Gaza.", {("ISR", "attack", "hamas")}),
    # captives released go back to their state; an embassy reopened in a capital restores ties with its state
    ("Russia released two American prisoners in a swap.", {("RUS", "cooperate", "USA")}),
    ("China released its economic data.", set()),
    ("Saudi Arabia reopened its embassy in Damascus.", {("SAU", "cooperate", "SYR")}),
    # troops pushed back are attacked; pushing back against a charge rejects its maker
    ("Ukrainian forces pushed Russian troops back from Kharkiv.", {("UKR", "attack", "RUS")}),
    ("China pushed back against US criticism.", {("CHN", "reject", "USA")}),
    # export restrictions on goods bound somewhere, a ban on goods from somewhere
    ("Japan imposed export restrictions on chipmaking equipment to China.", {("JPN", "sanction", "CHN")}),
    ("Beijing announced a ban on seafood from Japan.", {("CHN", "sanction", "JPN")}),
    # accepting another's bid backs it, refusing to accept it rejects it; cutting off coordination reduces ties
    ("Turkey accepted Sweden's bid to join NATO.", {("TUR", "support", "SWE")}),
    ("Turkey said it would not accept Sweden's NATO membership.", {("TUR", "reject", "SWE")}),
    ("The Palestinian Authority cut off security coordination with Israel.", {("PSE", "sanction", "ISR")}),
    # an insurgency against a state is a fight: each side attacks the other
    ("The BLA has waged an insurgency against Pakistan for decades.", {("bla", "attack", "PAK"), ("PAK", "attack", "bla")}),
    ("The Taliban insurgency grew.", set()),
    # a sum received "in aid" from someone is aid; backers of a plan do not back one another
    ("Ukraine has received more than $100 billion in aid from the United States.", {("USA", "support", "UKR")}),
    ("The plan, backed by Egypt, Qatar and the United States, calls for a ceasefire.", set()),
    # "the strike" condemned is an armed act told before, not any act
    ("Israel bombed Gaza. Iran condemned the strike.", {("ISR", "attack", "PSE"), ("IRN", "accuse", "ISR")}),
    (
        "Beijing has stepped up military pressure on Taiwan. The foreign ministry said it strongly condemns the strike.",
        {("CHN", "threaten", "TWN")},
    ),
    # an actor's object may be a noun that stands for ones named before ("both sides"), not a bare pronoun
    (
        "Russia and Ukraine signed a truce. The US warned both sides against violating it.",
        {("RUS", "cooperate", "UKR"), ("USA", "threaten", "RUS"), ("USA", "threaten", "UKR")},
    ),
    ("Russia and Ukraine signed a truce. The US warned them against violating it.", {("RUS", "cooperate", "UKR")}),
    # "you" in words told to someone is the one told; in words told to no one, no one
    ("“We will stand with your country,” Biden told Zelenskyy.", {("USA", "support", "UKR")}),
    ("“Your country is a threat,” Putin told the Finnish president.", {("RUS", "accuse", "FIN")}),
    ("“You are a threat,” the Russian minister said.", set()),
    # an adviser holds office for a state; the Pope speaks for the Holy See
    ("India's national security adviser held talks in Beijing with Wang Yi.", {("CHN", "meet", "IND")}),
    ("The Pope met with the Ukrainian president at the Vatican.", {("UKR", "meet", "VAT")}),
    # an official expected in another's capital is to visit it; a thing expected there is no visit
    ("The Chinese foreign minister is expected in Moscow on Monday.", {("CHN", "meet", "RUS")}),
    ("The ruling is expected in Moscow on Monday.", set()),
    # the forces of "the country" are those of the state told before
    ("Somalia's president said the country's army killed dozens of al-Shabab members.", {("SOM", "attack", "al_shabaab")}),
    # a passive told in a clause of time or reason acts on the subject of the clause it tells of
    ("Hamas fighters fled after being attacked by Israeli troops.", {("ISR", "attack", "hamas")}),
    ("Iran protested when sanctioned by the European Union.", {("EU", "sanction", "IRN")}),
    ("The Houthis vowed to retaliate if attacked by the United States.", {("houthis", "threaten", "USA")}),
    # an armed act with no target named is aimed at the one defended or backed against it, not in the victim's own word
    ("The aid will help Ukraine defend itself against Russian aggression.", {("RUS", "attack", "UKR")}),
    ("The EU backed Kyiv in the face of Russian aggression.", {("EU", "support", "UKR"), ("RUS", "attack", "UKR")}),
    ("Kyiv is fighting against Russia's invasion.", {("RUS", "attack", "UKR")}),
    ("Russia said it was defending itself against NATO aggression.", {("RUS", "accuse", "NATO")}),
    ("Taiwan must prepare to defend itself against a Chinese invasion.", set()),
    # "it" in a clause that describes its own object is not that object ("the deal it signed")
    ("Iran honoured the deal it signed with the United States.", {("IRN", "cooperate", "USA")}),
    # all of a quotation is what its speaker said, under "we know that" too
    ("“We have to understand that Putin is the aggressor,” Blinken said.", {("USA", "accuse", "RUS")}),
    ("“We know that China is a threat,” the Japanese minister said.", {("JPN", "accuse", "CHN")}),
    # taking part in a gathering meets whoever holds it, named with "of" there or before; not people named with "of"
    ("Iran's U.N. ambassador participated in the meeting of the Security Council.", {("IRN", "meet", "UNSC")}),
    ("Lavrov took part in the G20 meeting in Rio.", {("G20", "meet", "RUS")}),
    ("Chinese troops took part in the drills.", set()),
    ("Japan participated in the war.", set()),
    (
        "Britain called a private meeting Wednesday of the U.N. Security Council. Iran's ambassador participated in the meeting.",
        {("IRN", "meet", "UNSC")},
    ),
    (
        'Sending Western ground troops to Ukraine cannot be "ruled out", French President Emmanuel Macron said on Monday after'
        " hosting a meeting of European leaders in Paris.",
        set(),
    ),
    # an act told in the passive on a condition threatens the condition's actor; those threatened in the passive are named
    ("Washington said sanctions would be imposed if Ankara activated the system.", {("USA", "threaten", "TUR")}),
    (
        "China imposed punitive measures against Australia. "
        "“Many other democracies have been threatened with economic consequences by China,” Rasmussen said.",
        {("CHN", "sanction", "AUS")},
    ),
    # militias another state backs are not that state's, as a target of force either
    ("Israel struck Iranian-backed militias in Syria.", set()),
    # visas suspended for a state's people, or in it, sanction it
    ("India suspended visas for Canadian citizens.", {("IND", "sanction", "CAN")}),
    ("India suspended visa services in Canada.", {("IND", "sanction", "CAN")}),
    ("India suspended all services in Canada.", set()),
    # a claim called untrue rejects its maker, however the parser hangs the claim on the label
    ("India called Canada's allegations absurd.", {("IND", "reject", "CAN")}),
    ("India called Canada's decision absurd.", {("IND", "accuse", "CAN")}),
    # brushing off or waving away what another said rejects it
    ("The Kremlin brushed off the warning from Washington.", {("RUS", "reject", "USA")}),
    ("Moscow waved away the accusations from Kyiv.", {("RUS", "reject", "UKR"), ("UKR", "accuse", "RUS")}),
    # refusing to let someone act rejects them; refusing to say is no rejection of whom it is about
    ("Iran refused to let IAEA inspectors visit the site.", {("IRN", "reject", "IAEA")}),
    ("China refused to say whether Russia attacked.", set()),
    # a hostile label on an act done "by" or "from" someone judges them
    ("Trump said the tariffs were a response to unfair trade practices by China.", {("USA", "accuse", "CHN")}),
    ("“We will alleviate this abusive threat from Canada,” Trump said.", {("USA", "accuse", "CAN")}),
    # what a quotation says others confirmed is its speaker's claim; ringleaders based abroad lay a charge at that door
    (
        "“Intelligence reports have confirmed that the attack was orchestrated by militants based in Afghanistan,” the"
        " Pakistani military said.",
        {("PAK", "accuse", "AFG")},
    ),
    (
        "The Pakistani military said the attack was orchestrated by terrorist ringleaders operating from Afghanistan.",
        {("PAK", "accuse", "AFG")},
    ),
    # charging that someone acts, or charging them with it, accuses them; the act charged is not told as done
    ("The U.S. charged that Iran was arming the Houthis.", {("USA", "accuse", "IRN"), ("IRN", "support", "houthis")}),
    ("The U.S. charged Iran with arming the Houthis.", {("USA", "accuse", "IRN")}),
    ("Poland said Belarus had instigated the migrant crisis.", {("POL", "accuse", "BLR")}),
    # a measure a body votes on is its own (and so for a tariff increase)
    ("The European Union is set to vote Friday on a tariff increase on Chinese electric vehicles.", {("EU", "sanction", "CHN")}),
    ("EU states voted on new sanctions against Russia.", {("EU", "sanction", "RUS")}),
    # a protest at an act named by its doer's name accuses the doer
    (
        "Canada protested the U.S. imposition of import duties on Canadian steel.",
        {("CAN", "accuse", "USA"), ("USA", "sanction", "CAN")},
    ),
    ("China protested the U.S. decision.", {("CHN", "accuse", "USA")}),
    # a text is made by who a clause says drafted it, not by who a clause says backed it
    (
        "Russia and China vetoed the resolution, which was drafted by the United States.",
        {("CHN", "reject", "USA"), ("RUS", "reject", "USA")},
    ),
    ("Russia vetoed the resolution, which was backed by France.", set()),
    # one speaking in another's capital visits it; an envoy posted there does not
    ("Speaking in Beijing, Blinken warned against Chinese support for Russia.", {("CHN", "meet", "USA")}),
    ("The Chinese ambassador, speaking in Washington, said tariffs would hurt.", set()),
    # defending another's position backs them; defending one's own decision backs no one
    ("Brazil's Lula defended Russia's position on the war.", {("BRA", "support", "RUS")}),
    ("China defended its decision to hold drills.", set()),
    # "the lender" is the IMF once the IMF is named
    (
        "Pakistan is seeking a new loan from the IMF. The finance minister said talks with the lender were going well.",
        {("IMF", "meet", "PAK")},
    ),
    ("Kenya's central bank raised rates. The lender said talks with Uganda were going well.", set()),
    # "their" opening a sentence, on a thing held together, is the pair the sentence before joins
    ("Trump met with Kim in Singapore. Their second summit was in Hanoi.", {("PRK", "meet", "USA")}),
    ("Trump met with Kim in Singapore. Their officials were in Hanoi.", {("PRK", "meet", "USA")}),
    # an official who goes or heads to another's capital visits it; things that go somewhere do not
    ("Modi headed to Moscow for a two-day summit.", {("IND", "meet", "RUS")}),
    ("Blinken went to Beijing last week.", {("CHN", "meet", "USA")}),
    ("The issue went to the Security Council.", set()),
    # an official touring another's land or a place in its capital visits it
    ("Scholz toured a factory in Beijing.", {("CHN", "meet", "DEU")}),
    ("The band toured Japan.", set()),
    # captives, children or the dead returned or handed over go back to their state (CAMEO 084)
    ("Moscow handed over the bodies of 500 Ukrainian soldiers to Kyiv.", {("RUS", "cooperate", "UKR")}),
    ("Russia returned 16 Ukrainian children.", {("RUS", "cooperate", "UKR")}),
    ("The U.S. handed over control of the base to Afghanistan.", set()),
    # pushing troops into a land attacks it; pushing migrants into it does not
    ("Russia pushed more troops into Kharkiv region.", {("RUS", "attack", "UKR")}),
    ("Belarus pushed migrants across the border into Poland.", set()),
    # arms ordered from a state are bought from it
    ("Germany ordered Patriot systems from the United States.", {("DEU", "cooperate", "USA")}),
    # "the annexation", "the offensive" judged are the armed act told before
    (
        "Russia annexed four Ukrainian regions. The annexation was condemned by the G7.",
        {("RUS", "attack", "UKR"), ("G7", "accuse", "RUS")},
    ),
    (
        "Israel launched an offensive in Gaza. Turkey condemned the offensive.",
        {("ISR", "attack", "PSE"), ("TUR", "accuse", "ISR")},
    ),
    # removing or excluding a state from a program or a group reduces ties with it; removing it from a blacklist does not
    ("Washington responded by removing Ankara from the F-35 program.", {("USA", "sanction", "TUR")}),
    ("The G7 excluded Russia from the group in 2014.", {("G7", "sanction", "RUS")}),
    ("The U.S. removed Cuba from the terrorism list.", set()),
    # "the move" after a sentence with no event is what its subject did; not what a speaker said
    (
        "Japan began releasing treated water from Fukushima. The move drew sharp criticism from China.",
        {("CHN", "accuse", "JPN")},
    ),
    ("Japan said it would release the water. The move drew sharp criticism from China.", set()),
    # pinning, putting or laying the blame on someone, and faulting them, accuses them
    ("Moscow put the blame on Kyiv.", {("RUS", "accuse", "UKR")}),
    ("China laid the blame on the United States.", {("CHN", "accuse", "USA")}),
    ("Washington faulted Beijing for the collapse of the talks.", {("USA", "accuse", "CHN")}),
    ("The U.S. put Cuba back on its list of state sponsors of terrorism.", {("USA", "sanction", "CUB")}),
    # a verb judges only with the objects its sense names: "laid siege to" is no blame laid
    ("Al-Shabab fighters laid siege to a Somali army base.", {("al_shabaab", "attack", "SOM")}),
    # one said to be to blame is charged
    ("Moscow said Ukraine was to blame for the attack on the plant.", {("RUS", "accuse", "UKR")}),
    ("India said it did not blame Pakistan.", set()),
    # aid pledged "for" a state goes to it; goods rushed to a state aid it, a leader rushing to a capital does not
    ("Japan pledged $100 million in emergency relief for earthquake-hit Turkey.", {("JPN", "support", "TUR")}),
    ("India rushed food and medicine to Sri Lanka after the cyclone.", {("IND", "support", "LKA")}),
    ("Macron rushed to Berlin for talks.", set()),
    # barring a state's firms sanctions it; teaming up cooperates
    ("Washington barred Chinese telecom firms from its market.", {("USA", "sanction", "CHN")}),
    ("Indonesia is teaming up with Australia on electric vehicle batteries.", {("AUS", "cooperate", "IDN")}),
    # refusing to hand someone over rejects the one they would go to, whoever they are
    ("Mexico declined to extradite the cartel leader to the United States.", {("MEX", "reject", "USA")}),
    # taking someone to task, or taking issue or exception with what they did, criticises them
    ("Seoul took Tokyo to task for its history textbooks.", {("KOR", "accuse", "JPN")}),
    ("Ankara took issue with Stockholm's tolerance of Kurdish militants.", {("TUR", "accuse", "SWE")}),
    ("Beijing took exception to the remarks by the Japanese prime minister.", {("CHN", "accuse", "JPN")}),
    ("The issue took Japan by surprise.", set()),
    # leaders dining or lunching together meet ("dined" is mended from the small model's lemma "din")
    ("Macron and Scholz dined together in Paris.", {("DEU", "meet", "FRA")}),
    ("Xi lunched with Biden at the estate.", {("CHN", "meet", "USA")}),
    ("Thousands of Syrians dined together in Berlin.", set()),
    # forces pushing or driving fighters out of a place attack them; one country pushing another out of a ranking does not
    ("The Sudanese army pushed RSF fighters out of Khartoum.", {("SDN", "attack", "rsf")}),
    ("Iraqi forces drove Islamic State fighters out of Mosul.", {("IRQ", "attack", "isis")}),
    ("France pushed Germany out of the top spot.", set()),
    # a package, round or batch of measures is its owner's
    ("The EU's new package of sanctions against Moscow includes LNG.", {("EU", "sanction", "RUS")}),
    ("Washington's latest round of tariffs on Chinese goods took effect.", {("USA", "sanction", "CHN")}),
    # suspecting a state of an act charges it; a state called a source of instability is charged
    ("Seoul suspects Pyongyang of hacking its nuclear operator.", {("KOR", "accuse", "PRK")}),
    ("Beijing said Washington was the biggest source of instability in the region.", {("CHN", "accuse", "USA")}),
    ("The region faces instability, Japan said.", set()),
    # withdrawing from another's initiative rejects it
    ("Italy withdrew from China's Belt and Road Initiative.", {("ITA", "reject", "CHN")}),
    # a charge dismissed after its label was made against the one who dismisses it
    (
        "Iran dismissed as “meaningless” U.S. accusations that it was behind the attacks.",
        {("IRN", "reject", "USA"), ("USA", "accuse", "IRN")},
    ),
    # violence unleashed, or a campaign of it one is linked to, is done by them
    ("Russian forces unleashed violence against Ukrainian civilians.", {("RUS", "attack", "UKR")}),
    ("Canada said Indian agents were linked to a campaign of violence against Sikh activists.", {("CAN", "accuse", "IND")}),
    ("Violence in Sudan has killed thousands.", set()),
    # a participle after what a speaker says something is goes on with the speaker's act; shunning an offer rejects it
    ("Denmark said Greenland was not for sale, rebuffing Trump.", {("DNK", "reject", "USA")}),
    ("North Korea shunned Seoul's offer of aid.", {("PRK", "reject", "KOR")}),
    # turning down an invitation to join a body rejects the body
    ("Argentina turned down an invitation to join BRICS.", {("ARG", "reject", "BRICS")}),
    # "it" in what a person says is not the speaker
    (
        "Iran fired missiles at Israel on Tuesday. Netanyahu said it would pay for it.",
        {("IRN", "attack", "ISR"), ("ISR", "threaten", "IRN")},
    ),
    # treating a state's craft as targets threatens it
    ("Russia warned it would treat U.S. aircraft as targets.", {("RUS", "threaten", "USA")}),
    ("China regards the U.S. as its main target of criticism.", set()),
    # a retaliation said to come answers the one charged with an armed act before
    (
        "Rouhani blamed Israel for the killing. He said Iran would retaliate in due time.",
        {("IRN", "accuse", "ISR"), ("IRN", "threaten", "ISR")},
    ),
    # "its" in the grounds of an act aimed at one actor is that actor's
    (
        "The European Union imposed new sanctions on Iran over its supply of drones to Russia.",
        {("EU", "sanction", "IRN"), ("IRN", "support", "RUS")},
    ),
    ("Russia raised prices for its gas.", set()),
    # an act answered that names no target fell on the one who answers it
    ("Israel struck Iran in response to Iran's missile attack.", {("IRN", "attack", "ISR"), ("ISR", "attack", "IRN")}),
    ("Beijing summoned the envoy in response to Tokyo's criticism.", {("JPN", "accuse", "CHN")}),
    # switching recognition leaves one state for another; ditching a state drops ties with it
    ("Panama has switched diplomatic recognition from Taiwan to China.", {("PAN", "sanction", "TWN"), ("PAN", "support", "CHN")}),
    ("Honduras establishes ties with Beijing after ditching Taiwan", {("CHN", "cooperate", "HND"), ("HND", "sanction", "TWN")}),
    ("Japan ditched the plan.", set()),
    # "her" with no person as subject is the person named; what a reprisal answers took place, whoever's it is
    (
        "China imposed sanctions on Nancy Pelosi in retaliation for her visit to Taiwan.",
        {("CHN", "sanction", "USA"), ("TWN", "meet", "USA")},
    ),
    # an act done jointly that no rule reads is material cooperation; a swap "of" captives "between" two is theirs
    ("Britain and France will jointly develop a new cruise missile.", {("FRA", "cooperate", "GBR")}),
    ("Germany jointly develops tanks with France.", {("DEU", "cooperate", "FRA")}),
    ("Japan and South Korea jointly condemned North Korea's launch.", {("JPN", "accuse", "PRK"), ("KOR", "accuse", "PRK")}),
    ("The exchange of 190 prisoners between Russia and Ukraine took place on Friday.", {("RUS", "cooperate", "UKR")}),
    # a state compounded with a measure the clause's subject takes is its target; agreeing a measure is no deal with it
    ("The EU imposed new Russia sanctions.", {("EU", "sanction", "RUS")}),
    ("EU agrees new Russia sanctions package", {("EU", "sanction", "RUS")}),
    ("The U.S. approved a Ukraine aid package.", {("USA", "support", "UKR")}),
    ("North Korea is seeking military assistance from Russia, which would violate U.N. sanctions.", set()),
    # what is bought "from" a state, hung on the goods, is bought from it
    ("India's purchase of the S-400 from Russia angered Washington.", {("IND", "cooperate", "RUS")}),
    ("Turkey's acquisition of Russian missiles strained ties with Washington.", {("RUS", "cooperate", "TUR")}),
    # aid airlifted into a land; the reconstruction or defence "of" a state is its own
    ("The U.S. military airlifted aid into Gaza on Saturday.", {("USA", "support", "PSE")}),
    ("Germany will fund the reconstruction of Ukraine.", {("DEU", "support", "UKR")}),
    ("The U.S. backed the defence of Taiwan.", {("USA", "support", "TWN")}),
    # a participle after what a speaker says goes on from the act told; a state's own media speak for it
    ("Taiwan said Chinese warplanes had crossed the median line, calling it a provocation.", {("TWN", "accuse", "CHN")}),
    ("Chinese warplanes crossed the median line. Taiwan called it a provocation.", {("TWN", "accuse", "CHN")}),
    ("Iranian state television said Israel was behind the attack.", {("IRN", "accuse", "ISR")}),
    ("Russian state-run media accused Ukraine of shelling the plant.", {("RUS", "accuse", "UKR")}),
    ("Chinese media accused Japan of provocation.", set()),
    ("Pyongyang called the South Korean president a traitor.", {("PRK", "accuse", "KOR")}),
    # border crossings closed; another state's minister summoned
    ("Kosovo closed its border crossings with Serbia after the attack.", {("XKX", "sanction", "SRB")}),
    ("Kyiv summoned Hungary's foreign minister over his remarks.", {("UKR", "accuse", "HUN")}),
    # a vow to avenge an act threatens its doer
    ("Iran's Revolutionary Guards vowed to avenge the killing of their commander by Israel.", {("IRN", "threaten", "ISR")}),
    ("Hezbollah vowed to avenge the deaths.", set()),
    # those who broker a truce are not its parties, in the active voice too
    ("Qatar and Egypt brokered the ceasefire, which took effect on Sunday.", set()),
    ("Qatar and Egypt brokered a ceasefire between Israel and Hamas.", {("ISR", "cooperate", "hamas")}),
    # an armed group's untargeted attack falls on the state where it happened, however deep the place is told
    (
        "Islamic State claimed responsibility for bomb blasts that killed 80 at a rally in the Iranian city of Kerman.",
        {("isis", "attack", "IRN")},
    ),
    ("Islamic State said its gunmen carried out the attack at a mall on the outskirts of Moscow.", {("isis", "attack", "RUS")}),
    ("Islamic State claimed the attack at the home of a Russian official.", set()),
    # taking a town, or control of a place, is an attack on the state it belongs to; hired fighters are their group's
    ("Russian troops took the village of Krasnohorivka in eastern Ukraine.", {("RUS", "attack", "UKR")}),
    ("Russian forces have taken control of the Ukrainian city of Kherson.", {("RUS", "attack", "UKR")}),
    ("Israel took control of the crossing on the border with Egypt.", set()),
    ("The Wagner chief said his mercenaries took the town of Soledar in eastern Ukraine.", {("wagner_group", "attack", "UKR")}),
    ("Russian mercenaries fought alongside Malian troops.", set()),
    # the subject of an "after" clause under a reproach is the one reproached
    (
        "Manila accused its Chinese counterpart of aggression after it rammed a Philippine boat.",
        {("PHL", "accuse", "CHN"), ("CHN", "attack", "PHL")},
    ),
    ("China condemned Japan after its ships entered the disputed waters.", {("CHN", "accuse", "JPN")}),
    # a meeting named as the setting of talks is no talks with their partner
    ("The Indian minister held talks with his Chinese counterpart at the SCO meeting.", {("CHN", "meet", "IND")}),
    # entry barred or denied to a state's people sanctions it
    ("Moscow retaliated by barring entry to 25 British officials.", {("RUS", "sanction", "GBR")}),
    ("China denied entry to a U.S. congressional delegation.", {("CHN", "sanction", "USA")}),
    # a gathering one urges or judges another at is a meeting with them, even when hung on what is urged
    # ("his" under an infinitive another is urged to is a person's, not the urged state's)
    ("Blinken urged Israel to show restraint during his talks with Netanyahu.", {("ISR", "meet", "USA")}),
    ("Biden criticized Xi during their summit in Bali.", {("CHN", "meet", "USA"), ("USA", "accuse", "CHN")}),
    ("China condemned the talks with Taiwan.", {("CHN", "accuse", "TWN")}),
    ("Israel struck Gaza during talks in Cairo.", {("ISR", "attack", "PSE")}),
    # one whose office a relative clause tells as past acts for no one
    (
        "Liz Truss, who was briefly British prime minister last year, urged the West to stand firm during a visit to Taipei.",
        set(),
    ),
    # a side that tells of a clash charges no one; one that tells of the other's attack does
    (
        "Indian and Chinese troops clashed in the Tawang sector last week, New Delhi said.",
        {("CHN", "attack", "IND"), ("IND", "attack", "CHN")},
    ),
    (
        "Chinese troops attacked Indian soldiers in the Tawang sector, New Delhi said.",
        {("CHN", "attack", "IND"), ("IND", "accuse", "CHN")},
    ),
    # a visit during which a vow or a deal is made took place; weapons handed over to a state aid it
    ("The two leaders vowed to deepen their defence ties during Modi's visit to Washington.", {("IND", "meet", "USA")}),
    ("The Netherlands said it would hand over its remaining F-16s to Ukraine.", {("NLD", "support", "UKR")}),
    ("The army handed over power to a civilian government.", set()),
    # an act after which a measure is ordered is not what is ordered
    (
        "Colombia ordered the expulsion of Israeli diplomats after the killing of aid workers in Gaza.",
        {("COL", "sanction", "ISR")},
    ),
    # what a labeller calls an actor's condemned act, in a clause of no speech, charges the actor
    ("Iran pledged to confront what it called American aggression.", {("IRN", "accuse", "USA")}),
    (
        "Indonesia and Malaysia vowed to fight what they called EU discrimination.",
        {("IDN", "accuse", "EU"), ("MYS", "accuse", "EU")},
    ),
    # an armed group blamed for an armed act did it, where it fell; a state blamed is only charged
    ("Pakistan blamed the BLA for the bombing.", {("PAK", "accuse", "bla"), ("bla", "attack", "PAK")}),
    ("The car bomb that Ankara blamed on the PKK killed six people.", {("TUR", "accuse", "pkk"), ("pkk", "attack", "TUR")}),
    ("Iran blamed Israel for the attack on its consulate.", {("IRN", "accuse", "ISR")}),
    # what a verb acts on may be told as what someone called it, with its place hung on the label
    ("Israeli jets struck what the army called a weapons depot inside Syria.", {("ISR", "attack", "SYR")}),
    # an official told something at another's seat meets them; a round of talks a speaker tells of is the speaker's
    ("The Turkish minister told Lavrov at the Kremlin that Ankara would not join sanctions.", {("RUS", "meet", "TUR")}),
    ("Carney told Trump in the Oval Office that Canada is not for sale.", {("CAN", "meet", "USA")}),
    ("Blinken told Xi in a letter that the US would not change course.", set()),
    ("Egypt said the latest round of talks with Ethiopia had ended without agreement.", {("EGY", "meet", "ETH")}),
    # those who clash in a meeting met, whoever's seat names it
    (
        "Trump and Zelenskiy clashed in an extraordinary Oval Office meeting.",
        {("UKR", "meet", "USA"), ("UKR", "accuse", "USA"), ("USA", "accuse", "UKR")},
    ),
    # an act one is thanked for that names no one it is for was for the thanker; a trip postponed is no rejection
    ("Taiwan's president thanked Japan for donating vaccines.", {("JPN", "support", "TWN"), ("JPN", "cooperate", "TWN")}),
    ("Blinken postponed a trip to Beijing after the balloon was spotted.", set()),
    # measures one will take if another acts threaten it; plain measures on a condition do not
    ("Russia said it would be forced to take military-technical measures if Finland joined NATO.", {("RUS", "threaten", "FIN")}),
    ("China will take countermeasures if Japan releases the water.", {("CHN", "threaten", "JPN")}),
    ("The EU will take measures if China agrees.", set()),
    # two people who clash at a seat met there (the Oval Office above); troops who clash did not
    ("Indian and Chinese troops clashed near Beijing.", {("CHN", "attack", "IND"), ("IND", "attack", "CHN")}),
    # what one calls a warning to another, or "what he called a last warning", warns it
    ("China called the drills a warning to Taiwan.", {("CHN", "threaten", "TWN")}),
    ("Trump issued what he called a last warning to Hamas.", {("USA", "threaten", "hamas")}),
    # "North and South Korea" names both
    ("North and South Korea traded barbs over the balloons.", {("KOR", "accuse", "PRK"), ("PRK", "accuse", "KOR")}),
    # a label the parser hangs on the thing called is the caller's judgement; those called spies are charged
    ("Turkey called Sweden's decision unacceptable.", {("TUR", "accuse", "SWE")}),
    ("Norway expelled 15 Russian diplomats, describing them as spies.", {("NOR", "sanction", "RUS"), ("NOR", "accuse", "RUS")}),
    # networks breached are their owner's; more places of the war's two states
    ("Chinese hackers breached the networks of several U.S. telecommunications companies.", {("CHN", "attack", "USA")}),
    ("Russian missiles slammed into a shopping mall in Kremenchuk.", {("RUS", "attack", "UKR")}),
    ("Ukrainian drones hit an oil depot in Tuapse.", {("UKR", "attack", "RUS")}),
    # sides that coordinate their own positions cooperate; ambassadors appointed to each other mend ties
    ("South Africa and Brazil will coordinate their positions ahead of the summit.", {("BRA", "cooperate", "ZAF")}),
    ("Egypt and Turkey appointed ambassadors to each other's capitals.", {("EGY", "cooperate", "TUR")}),
    ("The UN appointed an envoy to Myanmar.", set()),
    # officials on their way to a capital visit it (planned), also those one has on their way there
    ("U.S. envoys are on their way to Moscow for talks.", {("RUS", "meet", "USA")}),
    ("Iran had its envoys on their way to Beijing.", {("CHN", "meet", "IRN")}),
    ("The refugees are on their way to Germany.", set()),
    ("Russia has troops in Belarus.", set()),
    # weapons a passive act is done by come from where they were launched
    ("Ukraine was attacked overnight by 120 drones launched from Russia.", {("RUS", "attack", "UKR")}),
    # what one says in a warning to another warns it
    ("Pakistan's army chief said in a warning to India that any attack would be answered.", {("PAK", "threaten", "IND")}),
    ("China said in a statement that it opposed the move.", set()),
    # some of a body's members are not the body
    ("Greece is among several EU states that have refused to recognise Kosovo.", set()),
    ("Five NATO allies sent tanks to Ukraine.", set()),
    ("G7 countries imposed sanctions on Russia.", {("G7", "sanction", "RUS")}),
    # what is paid to a state's people is the state's ("the salaries of Syrian public servants")
    ("Qatar will fund the salaries of Syrian public servants.", {("QAT", "support", "SYR")}),
    # a part of a place is its state's ground, and so is a named capital city
    ("Russian forces shelled the outskirts of Kharkiv on Sunday.", {("RUS", "attack", "UKR")}),
    ("Russian forces attacked the city of Kyiv.", {("RUS", "attack", "UKR")}),
    # sides that speak together, told where or how, meet; one who speaks at a gathering meets no one
    ("Lavrov and Blinken spoke briefly on the sidelines of the G20 meeting.", {("RUS", "meet", "USA")}),
    ("Britain and France spoke out against the plan.", set()),
    # a protest told in a phrase under another one is still the walker's, and at what the parser hangs on the verb
    ("The Indian delegation walked out of the meeting in protest at Pakistan's remarks.", {("IND", "accuse", "PAK")}),
    # drills held by two sides together, a rapprochement, ties grown closer: cooperation (not drills by one side)
    ("Naval drills by Russia and China near Alaska drew U.S. attention.", {("CHN", "cooperate", "RUS")}),
    ("Large-scale drills by China around Taiwan alarmed Taipei.", set()),
    ("Turkey's rapprochement with Egypt continued.", {("EGY", "cooperate", "TUR")}),
    ("Ties between Beijing and Moscow have grown closer.", {("CHN", "cooperate", "RUS")}),
    # what one's acts are said to amount to judges the doer
    ("Britain said Russia's actions in Ukraine amounted to war crimes.", {("GBR", "accuse", "RUS")}),
    # a phrase after two conjoined measures is both's; money "in" a state's funds counts them
    ("Britain announced an asset freeze and travel ban on six Israeli settlers.", {("GBR", "sanction", "ISR")}),
    ("The United States has frozen $6 billion in Iranian funds.", {("USA", "sanction", "IRN")}),
    # a threatened act told as an answer to another's act threatens its author
    (
        "Russia has threatened to deploy nuclear weapons in Belarus in response to NATO's expansion.",
        {("RUS", "threaten", "NATO")},
    ),
    # an envoy called in is summoned, also when the parser makes the particle a preposition; experts called in are not
    ("Seoul's foreign ministry called in the Japanese ambassador to protest against Tokyo's claims.", {("KOR", "accuse", "JPN")}),
    ("The ministry called in experts.", set()),
    # legislatures and foreign offices act for their state
    ("The Knesset condemned Iran.", {("ISR", "accuse", "IRN")}),
    ("The Foreign Office summoned the Iranian ambassador over threats to British journalists.", {("GBR", "accuse", "IRN")}),
    # one said to have to stop doing a hostile act is charged with it
    ("Brazil said the United States should stop encouraging the war in Ukraine.", {("BRA", "accuse", "USA")}),
    ("Macron urged Russia to stop the war.", set()),
    # a ploy, a stunt, a sham: labels that charge; also when the parser makes the thing called a verb
    ("Beijing called the U.S. plan a political stunt.", {("CHN", "accuse", "USA")}),
    (
        "Ukraine dismissed Putin's offer of a ceasefire as a manipulative ploy.",
        {("UKR", "reject", "RUS"), ("UKR", "accuse", "RUS")},
    ),
    # an agreement annulled is no cooperation, its annulment a cut in ties
    ("Somalia annulled the agreement with Ethiopia.", {("SOM", "sanction", "ETH")}),
    # the doers the parser hangs as an apposition of an act made subject; what one seldom does is not told done
    (
        "Marking two years since Russia's full-scale invasion, the leaders of Italy and Canada travelled to Kyiv on Saturday.",
        {("CAN", "meet", "UKR"), ("ITA", "meet", "UKR")},
    ),
    ("Najib seldom criticized China and instead accepted Chinese funding for projects in Malaysia.", {("CHN", "support", "MYS")}),
    # a welcome given is a meeting, not aid, also when told in the passive
    ("Putin was given a red-carpet welcome by Mongolia's president in Ulaanbaatar.", {("MNG", "meet", "RUS")}),
    ("Mongolia gave Putin a red-carpet welcome.", {("MNG", "meet", "RUS")}),
    # arms counted are received all the same; one who emerges as a buyer buys
    ("Kyiv has received dozens of Leopard tanks from Germany.", {("DEU", "support", "UKR")}),
    ("India has emerged as a major buyer of Russian crude.", {("IND", "cooperate", "RUS")}),
    # an attempt at a state's independence is that state's; the People's Liberation Army acts for China
    ("China's defence ministry said the PLA would crush any attempt at Taiwan independence.", {("CHN", "threaten", "TWN")}),
    # an object the parser conjoins to the first of two verbs is still what they act on
    (
        "Chinese coast guard personnel rammed and boarded Philippine navy boats near the Second Thomas Shoal.",
        {("CHN", "attack", "PHL")},
    ),
    # a name the parser makes a dative of a verb that takes none is what it acts on
    ("Israel carried out an air strike on Saturday targeting Hamas military chief Mohammed Deif.", {("ISR", "attack", "hamas")}),
    # one speaking alongside another meets them
    ("Speaking alongside his Japanese counterpart in Tokyo, Yoon said the talks were useful.", {("JPN", "meet", "KOR")}),
    # measures one will take to keep another from an act threaten it; steps taken are no threat
    ("The US will take steps to deter China from invading Taiwan.", {("USA", "threaten", "CHN")}),
    ("The US took steps to prevent China from buying chips.", set()),
    # a free relative names what it labels: the label is said whatever the clause around it tells, "it" is one who
    # calls, not a thing, and a "by" hung on the label verb is the doer's
    (
        "Pyongyang vowed to bolster its nuclear deterrent in response to what it called hostile drills by Washington and Seoul.",
        {("PRK", "accuse", "KOR"), ("PRK", "accuse", "USA")},
    ),
    ("Russia lashed out at what it called a hostile act by Britain.", {("RUS", "accuse", "GBR")}),
    ("Japan protested over what it described as coercion by Beijing.", {("JPN", "accuse", "CHN")}),
    ("China would not call the U.S. move a provocation.", set()),
    # so does "what it said were"; ground named as such is its state's; sanctions in a package act for who agrees it
    ("Iran struck what it said were militant bases in Pakistan.", {("IRN", "attack", "PAK")}),
    ("Iran struck targets on Pakistani soil.", {("IRN", "attack", "PAK")}),
    ("The EU agreed a fresh package of sanctions targeting Russian banks.", {("EU", "sanction", "RUS")}),
    ("NATO sent a batch of rebels fighting Russia.", set()),
    # a threat told with a demand aims at whom the demand is made of
    ("Pyongyang issued warnings demanding that Washington change its stance.", {("PRK", "threaten", "USA")}),
    ("Russia issued an ultimatum urging Kyiv to withdraw its troops.", {("RUS", "threaten", "UKR")}),
    ("North Korea threatened retaliation, demanding that the U.S. halt its drills.", {("PRK", "threaten", "USA")}),
    ("Pyongyang demanded that Washington change its stance.", set()),
    # opposition received is the giver's rejection
    ("Israel's plan sparked fierce opposition from Egypt.", {("EGY", "reject", "ISR")}),
    ("The Malaysian plan faced opposition from China.", {("CHN", "reject", "MYS")}),
    # a thing made in history is history, as "the 1979 treaty" is
    ("The treaty, signed by Egypt and Israel in 1979, has held for decades.", set()),
    ("The treaty signed by Egypt and Israel in 2019 has held.", {("EGY", "cooperate", "ISR")}),
    # a charge the parser makes a second subject of its denial is what is denied
    (
        "Ethiopia's government blamed Eritrean troops for the massacre, a claim Asmara denied.",
        {("ETH", "accuse", "ERI"), ("ERI", "reject", "ETH")},
    ),
    # an act said to do harm charges its owner; manipulation one is asked to stop is charged
    ("Vietnam said China's deployment of an oil rig violated its sovereignty.", {("VNM", "accuse", "CHN")}),
    ("China urged Britain to stop its political manipulation.", {("CHN", "accuse", "GBR")}),
    # the possessor of an ally or a rival is the other side
    ("The United States stands with its Philippine allies.", {("USA", "support", "PHL")}),
    # an act one is told to stop, named "these" or "their" in the quote, is the one told's
    ("“The Houthis must stop their attacks,” Blinken said.", {("USA", "accuse", "houthis")}),
    ("“The Houthis must stop the war,” Blinken said.", set()),
    # what "this" or "it" in a quote is said of, or referred to, is what the label judges
    ("“This is a dangerous provocation,” the Chinese foreign ministry said of the U.S. patrols.", {("CHN", "accuse", "USA")}),
    ("“This is blatant interference,” Beijing said, referring to U.S. statements on Hong Kong.", {("CHN", "accuse", "USA")}),
    ("“It is a good step,” Seoul said of the North Korean offer.", set()),
    # asking one to refrain from a conduct charges them with it; refraining from an attack is a warning
    ("The US urged North Korea to refrain from provocations.", {("USA", "accuse", "PRK")}),
    ("China urged Japan to refrain from interfering in its internal affairs.", {("CHN", "accuse", "JPN")}),
    ("The US urged Iran to refrain from attacking Israel.", set()),
    # "the drills" judged are the ones told before
    ("Russia held naval drills in the Baltic Sea. Lithuania described the drills as a provocation.", {("LTU", "accuse", "RUS")}),
    # "the state" one acts on is one named before, not the clause's own subject
    (
        "Sudan has cut diplomatic ties with the United Arab Emirates, accusing the Gulf state of arming the RSF.",
        {("SDN", "sanction", "ARE"), ("SDN", "accuse", "ARE")},
    ),
    # a denial of a gerund the parser made an adjective answers who accused
    (
        "Israel accused Iran of arming Hezbollah. Tehran has repeatedly denied supplying weapons to Hezbollah.",
        {("ISR", "accuse", "IRN"), ("IRN", "reject", "ISR")},
    ),
    ("The EU granted Moldova candidate status.", {("EU", "support", "MDA")}),
    # a relative clause with a singular verb after two conjoined names tells of the nearer one
    (
        "Turkey and Qatar, which has mediated talks between Israel and Hamas, condemned the strike.",
        {("ISR", "meet", "hamas"), ("ISR", "meet", "QAT"), ("QAT", "meet", "hamas")},
    ),
    # an attack acts as its force does
    ("A Ukrainian drone attack hit an oil depot in Russia's Bryansk region.", {("UKR", "attack", "RUS")}),
    # a deal that talks are about is not yet agreed
    ("India and the United Arab Emirates launched talks on a free trade agreement.", {("ARE", "meet", "IND")}),
    (
        "Israel and Hamas reached a ceasefire deal after talks in Cairo.",
        {("ISR", "cooperate", "hamas"), ("ISR", "meet", "hamas")},
    ),
    # a threat that names no one aims at the state the article is about, when one is named most
    (
        "Somalia's parliament voted to extend the president's term by two years. Critics in Somalia called the move a power "
        "grab. The vote deepened Somalia's political crisis. The United States threatened sanctions and visa restrictions.",
        {("USA", "threaten", "SOM")},
    ),
    ("The United States threatened sanctions and visa restrictions.", set()),
    # a guest at a state's celebration or of its leader visits it
    ("Modi was chief guest at Mauritius's National Day celebrations.", {("IND", "meet", "MUS")}),
    ("Macron was a guest of China's president.", {("CHN", "meet", "FRA")}),
    # a name the parser hangs on a verb as an apposition is its object; a forbidden word in a clause of its own
    # does not unmake the sense
    ("Trump hosts Xi at Mar-a-Lago as U.S. missiles hit Syrian air base", {("CHN", "meet", "USA"), ("USA", "attack", "SYR")}),
    ("Mali gave the French ambassador 72 hours to leave the country.", {("MLI", "sanction", "FRA")}),
    # a regional office told by its level only speaks for the state whose ground the sentence names
    (
        "Ukrainian drones struck an oil depot in Russia's Saratov region overnight, the regional governor said on Wednesday.",
        {("UKR", "attack", "RUS"), ("RUS", "accuse", "UKR")},
    ),
    ("The local mayor said the city had no power.", set()),
    # opposing another's communique or declaration rejects it
    ("China firmly opposed the G7's summit communique.", {("CHN", "reject", "G7")}),
    # an apposition the parser makes a second object is no object given to; a noun it makes a clause is an object
    ("The EU granted Moldova candidate status, a symbolic boost for the country.", {("EU", "support", "MDA")}),
    ("Ukraine rejected Putin's ceasefire offer, which demanded that Kyiv withdraw its troops.", {("UKR", "reject", "RUS")}),
    # one welcomed or received at a seat, by no one named, is hosted by the seat's state
    ("Kishida was received at the Kremlin.", {("JPN", "meet", "RUS")}),
    ("The refugees were welcomed in Germany.", set()),
    # one who pushes back or fights off an attack is its target, and fights its doer
    ("Russia pushed back a Ukrainian incursion.", {("UKR", "attack", "RUS"), ("RUS", "attack", "UKR")}),
    # "that" the tagger takes for a conjunction still stands for the noun its clause describes
    ("Orban visited Moscow on Friday, a visit that EU leaders condemned.", {("HUN", "meet", "RUS"), ("EU", "accuse", "HUN")}),
    # envoys named as spies, by a label of two words or by a participle on them, are charged with spying
    (
        "Norway expelled 15 Russian diplomats, describing them as intelligence officers.",
        {("NOR", "sanction", "RUS"), ("NOR", "accuse", "RUS")},
    ),
    (
        "The Czech Republic is expelling 18 Russian diplomats identified as intelligence officers.",
        {("CZE", "sanction", "RUS"), ("CZE", "accuse", "RUS")},
    ),
    ("Russian intelligence officers met their Chinese counterparts.", {("CHN", "meet", "RUS")}),
    (
        "Fifteen Russian embassy officials were expelled by Norway, the ministry in Oslo said, describing them as spies.",
        {("NOR", "sanction", "RUS"), ("NOR", "accuse", "RUS")},
    ),
    # one "met with" a response is met by no one; players of a sport act for no state
    ("The US warned North Korea that it would be met with fire and fury.", {("USA", "threaten", "PRK")}),
    ("Ukrainian tennis player Elina Svitolina declined to shake hands with Belarus's Aryna Sabalenka.", set()),
    (
        "Arab League foreign ministers condemned Turkey's incursion into Syria.",
        {("ARAB_LEAGUE", "accuse", "TUR"), ("TUR", "attack", "SYR")},
    ),
    # visas denied or refused are entry barred; a move told as aimed at one names the target of the act it is
    (
        "Washington denied visas to several Iranian officials seeking to attend the U.N. General Assembly.",
        {("USA", "sanction", "IRN")},
    ),
    ("Beijing refused visas to a delegation of American lawmakers.", {("CHN", "sanction", "USA")}),
    (
        "China imposed export controls on gallium and germanium, in a move widely seen as targeting the United States.",
        {("CHN", "sanction", "USA")},
    ),
    ("Russia expelled 10 diplomats, a step aimed at Washington.", {("RUS", "sanction", "USA")}),
    ("China announced new tariffs in a move aimed at protecting domestic industry.", set()),
    # demonyms buried in a possessor's modifiers act only when the head acts too
    ("Polish and Ukrainian farmers' unions met in Warsaw.", set()),
    # calling a claim a fabrication rejects its maker (the act it tells of is only reported: see below)
    (
        "Kyiv said Moscow's claims of a Ukrainian drone attack on Putin's residence were a fabrication.",
        {("UKR", "reject", "RUS"), ("UKR", "attack", "RUS")},
    ),
    # a case or a report speaks for whoever made it
    ("South Africa's case at the International Court of Justice accuses Israel of genocide.", {("ZAF", "accuse", "ISR")}),
    ("Ukraine's complaint to the WTO accuses Poland of breaching trade rules.", {("UKR", "accuse", "POL")}),
    # a quantity's noun compound is what it counts
    ("Beijing extended a $2 billion loan rollover to Islamabad.", {("CHN", "support", "PAK")}),
    # one of a pair, with the other as object; a blame laid on a thing lies on its owner; a charge the parser made a
    # compound of its denier is what is denied
    (
        "Thailand and Cambodia traded fire. Each side accused the other of firing first.",
        {("KHM", "attack", "THA"), ("THA", "attack", "KHM"), ("KHM", "accuse", "THA"), ("THA", "accuse", "KHM")},
    ),
    (
        "Bangkok blamed the explosion on newly laid Cambodian mines, a charge Phnom Penh denied.",
        {("THA", "accuse", "KHM"), ("KHM", "reject", "THA")},
    ),
    # bare plural acts after a comma sum up the clause before: its doer is theirs
    (
        "Islamabad has deported hundreds of thousands of Afghans and closed key border crossings, moves that Kabul condemned "
        "as inhumane.",
        {("AFG", "accuse", "PAK")},
    ),
    # accession talks are each candidate's own; objections overcome are a rejection of the one who overcomes them; "the
    # decision" is made by whoever decided or agreed before
    ("EU leaders agreed to open accession talks with Ukraine and Moldova.", {("EU", "meet", "UKR"), ("EU", "meet", "MDA")}),
    ("The EU approved the plan, overcoming objections from Hungary.", {("HUN", "reject", "EU")}),
    (
        "EU leaders agreed to open talks with Ukraine. Orban had threatened to veto the decision.",
        {("EU", "meet", "UKR"), ("HUN", "threaten", "EU")},
    ),
    # a body's metonym that is also a state's capital is that state's beside its name, and the body's elsewhere
    (
        "Belgium suspended its development aid to Rwanda, prompting Kigali to cut diplomatic ties with Brussels.",
        {("BEL", "sanction", "RWA"), ("RWA", "sanction", "BEL")},
    ),
    ("Brussels imposed new sanctions on Russia.", {("EU", "sanction", "RUS")}),
    # a "by" phrase the parser hung on the noun that holds an act is the act's; a warning of action against something
    # aims at its owner
    (
        "Pyongyang warned of overwhelming action against joint drills by Seoul and Washington.",
        {("KOR", "cooperate", "USA"), ("PRK", "threaten", "KOR"), ("PRK", "threaten", "USA")},
    ),
    ("Beijing warned of countermeasures against Japan.", {("CHN", "threaten", "JPN")}),
    ("The UN warned of action by traffickers.", set()),
    # "the North" is North Korea after North Korea is named, and nothing elsewhere
    (
        "North Korea fired missiles. South Korea's unification ministry urged the North to stop its provocations.",
        {("KOR", "accuse", "PRK")},
    ),
    ("The North said it would strike Seoul.", set()),
    # "the allies" are the pair named before; a clause a statement is said to hold is said by who says or issues it
    (
        "Seoul and Washington held drills. Kim Yo Jong said in a statement carried by state media that the allies were "
        "rehearsing an invasion.",
        {("KOR", "cooperate", "USA"), ("PRK", "accuse", "KOR"), ("PRK", "accuse", "USA")},
    ),
    ("China issued a statement that Japan had violated its airspace.", {("CHN", "accuse", "JPN")}),
    # a warning that one will take steps threatens whom it demands of
    (
        "Mexico imposed tariffs on Chinese cars. Beijing urged Mexico to correct its wrong practices, warning that it would "
        "take steps to protect Chinese companies.",
        {("MEX", "sanction", "CHN"), ("CHN", "accuse", "MEX"), ("CHN", "threaten", "MEX")},
    ),
    # a closure of a consulate or a border is a sanction; "those countries" are the group named before
    ("Poland ordered the closure of the last Russian consulate on its territory.", {("POL", "sanction", "RUS")}),
    ("The closure of the factory angered workers.", set()),
    (
        "Germany and the Czech Republic have shut Russian consulates. Moscow has retaliated each time by expelling diplomats "
        "from those countries.",
        {("DEU", "sanction", "RUS"), ("CZE", "sanction", "RUS"), ("RUS", "sanction", "DEU"), ("RUS", "sanction", "CZE")},
    ),
    # a passive act done on one's orders is done by it
    ("The attack on the depot was carried out on the orders of Moscow, Kyiv said.", {("UKR", "accuse", "RUS")}),
    # words said "in a warning to" one threaten it; countermeasures taken answer the act opposed before, a threat when
    # said; a claim called disinformation is rejected
    (
        '"We will not tolerate any violation of our airspace," the Turkish defense minister told reporters, in a clear '
        "warning to Moscow.",
        {("TUR", "threaten", "RUS")},
    ),
    (
        "Beijing said it opposes the U.S. arms sale to Taiwan and would take resolute countermeasures.",
        {("CHN", "accuse", "USA"), ("CHN", "threaten", "USA")},
    ),
    (
        "Armenia accused Azerbaijan of firing on its positions, a claim Baku called disinformation.",
        {("ARM", "accuse", "AZE"), ("AZE", "reject", "ARM")},
    ),
    # one does not block or harass one's own; a show of support is support
    (
        "The Philippine coast guard said Chinese vessels blocked its ships from resupplying troops at Second Thomas Shoal.",
        {("CHN", "attack", "PHL"), ("PHL", "accuse", "CHN")},
    ),
    ("The US sent a carrier as a show of support for Israel.", {("USA", "support", "ISR")}),
    ("France sent warships in a show of solidarity with Greece.", {("FRA", "support", "GRC")}),
    ("Thousands marched in a show of solidarity with Ukraine.", set()),
    # the weapons counted in a passive subject are whose they are; direct contact between two is a meeting
    ("Hundreds of Iranian-made drones have been supplied to Russia.", {("IRN", "support", "RUS")}),
    ("Dozens of Houthi missiles were fired toward Israel.", {("houthis", "attack", "ISR")}),
    ("The talks were the first direct contact between Iranian and American officials since 2018.", {("IRN", "meet", "USA")}),
    ("Pakistan lost contact with the ship.", set()),
    # a project a state funds is aid to the state it is in or that acts on it
    ("Mahathir's government last year froze a Chinese-funded gas pipeline.", {("CHN", "support", "MYS")}),
    ("The U.S.-funded project in Kenya was halted.", {("USA", "support", "KEN")}),
    # holding up, stalling or delaying a bid rejects its owner, and the bid is not made; calling off strikes strikes no one
    ("Turkey held up Sweden's accession to NATO.", {("TUR", "reject", "SWE")}),
    ("The two leaders held up a banner.", set()),
    ("Donald Trump said he had called off military strikes on Iran ten minutes before they were due to begin.", set()),
    # an invitation to talks plans them
    ("Orban invited his Swedish counterpart to Budapest for talks.", {("HUN", "meet", "SWE")}),
    # refusing to take part in a body's drills or talks rejects the body or the other side
    ("Armenia refused to take part in CSTO drills.", {("ARM", "reject", "CSTO")}),
    ("India refused to take part in the talks with Pakistan.", {("IND", "reject", "PAK")}),
    ("Iran refused to take issue with the plan.", set()),
    # declining an invitation to attend a body's summit rejects the body
    ("Modi declined an invitation to attend the SCO summit.", {("IND", "reject", "SCO")}),
    # countermeasures answer their taker's own act in the sentence, not whoever acted last
    (
        "Canada imposed tariffs on U.S. goods. Mexico said it would announce its own countermeasures on Sunday.",
        {("CAN", "sanction", "USA")},
    ),
    # strikes on things somewhere hit the state they are in (also past a label: "what it called terrorist camps")
    ("India launched missile strikes on terrorist infrastructure in Pakistan.", {("IND", "attack", "PAK")}),
    ("India launched missile strikes on what it called terrorist camps in Pakistan.", {("IND", "attack", "PAK")}),
    ("India struck what it called terrorist camps in Pakistan.", {("IND", "attack", "PAK")}),
    (
        "Tel Aviv was hit by a drone early on Friday, killing one man, in an attack claimed by Yemen's Houthi movement.",
        {("houthis", "attack", "ISR")},
    ),
    # a passive weapon's own agent acts; an accord welcomed by others is not theirs
    ("Five Thai soldiers were wounded by a landmine planted by Cambodian troops.", {("KHM", "attack", "THA")}),
    ("The accord was welcomed by the African Union and the United Nations.", set()),
    # the participle that enacts a measure carries its target
    ("Sanctions imposed on Iran by the United States have crippled its economy.", {("USA", "sanction", "IRN")}),
    # a banquet hosted for a guest meets the guest, "visiting" parsed as a clause or not
    ("Xi hosted a banquet for visiting French President Emmanuel Macron.", {("CHN", "meet", "FRA")}),
    ("Japan hosted a reception for Chinese Premier Li Qiang.", {("CHN", "meet", "JPN")}),
    # a trigger noun the tagger took for a verb, as an object, is a noun again
    ("The United States and Ukraine signed a minerals deal after weeks of wrangling.", {("UKR", "cooperate", "USA")}),
    # a forbidden object named in the object's compound forbids too
    ("EU Agrees New Russia Sanctions Package", set()),
    # drills staged around or near another are a show of force against it; referred to only, they are not told
    ("The Chinese military staged large-scale drills around Taiwan on Monday.", {("CHN", "threaten", "TWN")}),
    ("China began two days of drills around Taiwan on Thursday.", {("CHN", "threaten", "TWN")}),
    ("Russia held large-scale naval exercises in the Baltic Sea on Tuesday.", set()),
    ("Beijing's drills around Taiwan were condemned by Taipei.", {("TWN", "accuse", "CHN")}),
    # a vow of reprisal drawn from another threatens the one who drew it; approval drawn is cooperation
    (
        "Washington slapped fresh tariffs on Chinese electric vehicles, prompting a vow of retaliation from Beijing.",
        {("USA", "sanction", "CHN"), ("CHN", "threaten", "USA")},
    ),
    ("Japan's decision drew praise from the United States.", {("JPN", "cooperate", "USA")}),
    # a pledge's owner gives what is pledged
    ("Germany's pledge of aid to Ukraine drew praise from Poland.", {("DEU", "support", "UKR"), ("DEU", "cooperate", "POL")}),
    # dragging a state before a court accuses it, and the court it is brought before is where, not whom "it" means
    (
        "South Africa has dragged Israel before the International Court of Justice, accusing it of genocide.",
        {("ZAF", "accuse", "ISR")},
    ),
    # the targets of a proxy its backer's name modifies are not the backer's
    ("Israel carried out airstrikes on Iran-backed militia targets in Syria overnight.", set()),
    # leaving a pact rejects its other party
    ("The U.S. withdrawal from the Iran nuclear deal angered Tehran.", {("USA", "reject", "IRN")}),
    # troops said to be sent are their polity's; fighting against another attacks it
    ("Thousands of North Korean troops have been deployed to Russia.", {("PRK", "support", "RUS")}),
    ("North Korean soldiers are fighting against Ukraine.", {("PRK", "attack", "UKR"), ("UKR", "attack", "PRK")}),
    # "the island" is the island state told last before it; what a threat says may come is no charge
    ("China claims Taiwan. The island's government rejects Beijing's sovereignty claims.", {("TWN", "reject", "CHN")}),
    ("China held drills with Russia. Beijing sent warships to the island of Hainan.", {("CHN", "cooperate", "RUS")}),
    (
        "Hezbollah leader Hassan Nasrallah threatened Cyprus on Wednesday, saying the island could become part of the war.",
        {("hezbollah", "threaten", "CYP")},
    ),
    # a hostile label on what a subject owns, in reported speech, charges the subject
    ("Pyongyang said Washington must end its hostile policy.", {("PRK", "accuse", "USA")}),
    # an acronym that spells a word ("IS") is read as a name in running text, and as no one in capitals throughout
    ("Iraqi forces killed IS deputy caliph Abdallah al-Rufayi.", {("IRQ", "attack", "isis")}),
    ("U.S. forces carried out airstrikes against IS in Syria.", {("USA", "attack", "isis")}),
    ("THIS IS WAR, SAYS IRAN", set()),
    # a sum's "in" phrase hung on the verb is what it counts; a high commissioner is an envoy
    ("Washington suspended $100 million in aid to Cambodia over concerns about its democracy.", {("USA", "sanction", "KHM")}),
    ("The EU froze 300 billion euros in Russian assets.", {("EU", "sanction", "RUS")}),
    ("Pakistan summoned India's deputy high commissioner to protest the killing of civilians.", {("PAK", "accuse", "IND")}),
    # a conjoined verb with "had" and no subject of its own is no inverted condition
    (
        "A spokesman for the Chinese foreign ministry said Beijing firmly opposed the visit and had lodged stern "
        "representations with Washington.",
        {("CHN", "accuse", "USA")},
    ),
    # sanctions that act are imposed by the agent of a relative clause on them too
    (
        "The sanctions, which were announced by the U.S. Treasury on Friday, target Russia's largest oil producers.",
        {("USA", "sanction", "RUS")},
    ),
    # arriving in a state's capital is arriving in the state; police sent to help it help it
    ("Biden arrived in Israel's capital on Tuesday.", {("ISR", "meet", "USA")}),
    ("Hundreds of Kenyan police officers arrived in Haiti's capital on Tuesday.", {("KEN", "support", "HTI")}),
    # a name for several states acts as each member; counted otherwise, it is the ones named before
    (
        "The Baltic states expelled Russian diplomats.",
        {("EST", "sanction", "RUS"), ("LVA", "sanction", "RUS"), ("LTU", "sanction", "RUS")},
    ),
    ("The two Koreas exchanged artillery fire.", {("KOR", "attack", "PRK"), ("PRK", "attack", "KOR")}),
    (
        "Erdogan warned that Ankara would block Sweden's and Finland's bids to join NATO, accusing both Nordic countries of "
        "harbouring Kurdish militants.",
        {("TUR", "threaten", "SWE"), ("TUR", "threaten", "FIN"), ("TUR", "accuse", "SWE"), ("TUR", "accuse", "FIN")},
    ),
    # "visiting" right after a verb describes its guest (the parser made it a clause); one invited to visit plans to
    ("Xi told visiting U.S. Secretary of State Antony Blinken that China would not back down.", {("CHN", "meet", "USA")}),
    ("Sharif invited Modi to visit Islamabad.", {("IND", "meet", "PAK")}),
    # words that judge "this" act are about what the speaker is said to speak of
    (
        '"We strongly condemn this provocation," the South Korean foreign ministry said of North Korea\'s missile test.',
        {("KOR", "accuse", "PRK")},
    ),
    # joining another's scheme cooperates with it
    ("Kazakhstan joined China's Belt and Road Initiative.", {("CHN", "cooperate", "KAZ")}),
    ("Jordan joined the U.S.-led coalition against Islamic State.", {("JOR", "cooperate", "USA")}),
    # a hostile label on what a report details charges its owner
    (
        "The U.N. report documented illegal arms transfers from North Korea to Russia.",
        {("PRK", "support", "RUS"), ("UN", "accuse", "PRK")},
    ),
    # what several conjoined objects are fired at is aimed at; tariffs ordered are not bought
    (
        "Israeli security forces fired tear gas, rubber bullets, and stun grenades at Palestinian demonstrators.",
        {("ISR", "attack", "PSE")},
    ),
    (
        "Trump ordered tariffs of 25% on imports from Mexico and Canada and 10% on goods from China on Saturday.",
        {("USA", "sanction", "MEX"), ("USA", "sanction", "CAN"), ("USA", "sanction", "CHN")},
    ),
    # blame traded is a charge each way, and the act blamed is no one's here; strikes prompted fall where they are told
    ("Russia and Ukraine traded blame for an attack on a prison camp.", {("RUS", "accuse", "UKR"), ("UKR", "accuse", "RUS")}),
    (
        "Hezbollah fired rockets at Israel, prompting Israeli strikes on southern Lebanon.",
        {("hezbollah", "attack", "ISR"), ("ISR", "attack", "LBN")},
    ),
    # a warning answers the speaker's hostile acts told before, not its support; one who comes under attack is its victim
    (
        "Washington condemned the Chinese actions and said it stood with the Philippines. The United States has warned "
        "that it is obligated to defend the Philippines if Filipino forces come under armed attack.",
        {("USA", "accuse", "CHN"), ("USA", "support", "PHL"), ("USA", "threaten", "CHN")},
    ),
    # support pledged in a clause joined to a meeting goes to the one met
    ("Biden met Zelensky in Kyiv and pledged more military aid.", {("UKR", "meet", "USA"), ("USA", "support", "UKR")}),
    # "the agreement" is made by those who signed it before
    (
        "Ethiopia signed an agreement with Egypt. Somalia rejected the agreement.",
        {("EGY", "cooperate", "ETH"), ("SOM", "reject", "ETH"), ("SOM", "reject", "EGY")},
    ),
    # force used "to" do something is aimed at what it is to be done to; not ruled out, it is a threat
    ("China has never ruled out using force to bring Taiwan under its control.", {("CHN", "threaten", "TWN")}),
    # a name that is the only complement of "call" was called, not a label (the parser made it one)
    ("The two leaders spoke by phone on Tuesday, the Kremlin said, after Putin called Erdogan.", {("RUS", "meet", "TUR")}),
    ("Trump called Putin a smart guy.", set()),
    # a joint gathering is a meeting of its partners, not a joint operation
    ("The Turkish and Greek foreign ministers held a joint news conference in Athens.", {("GRC", "meet", "TUR")}),
    # retaliation against a trade measure is a measure in kind, not an attack
    ("China retaliated against the U.S. tariffs.", {("CHN", "sanction", "USA")}),
    ("Iran retaliated against Israel.", {("IRN", "attack", "ISR")}),
    # leaders who sign at a place meet there; states said to sign somewhere need not have met
    (
        "Putin and Kim Jong Un signed a mutual defence pact in Pyongyang on Wednesday.",
        {("PRK", "cooperate", "RUS"), ("PRK", "meet", "RUS")},
    ),
    ("Australia and Papua New Guinea signed a security agreement in Canberra on Thursday.", {("AUS", "cooperate", "PNG")}),
    # what one demands that another do is asked, not done
    ("China demanded that Vilnius withdraw its envoy from Beijing.", set()),
    # what one has yet to do is not done; a plan shelved is not carried out
    ("Turkey has yet to approve Sweden's NATO bid.", set()),
    ("Japan shelved plans to send troops to Iraq.", set()),
    # intelligence shared is aid; its sharing stopped is aid cut
    ("The United States resumed intelligence sharing with Kyiv.", {("USA", "support", "UKR")}),
    ("Washington paused intelligence sharing with Ukraine.", {("USA", "sanction", "UKR")}),
    # the members of one name that is one side of a relation "between" two do not pair with each other
    (
        "Security cooperation between the Baltic states and Poland has grown.",
        {("EST", "cooperate", "POL"), ("LTU", "cooperate", "POL"), ("LVA", "cooperate", "POL")},
    ),
    # an act told before its attribution is the clause said, though the small model reads its verb as a participle
    ("Israeli airstrikes killed at least 30 people in Gaza on Sunday, health officials said.", {("ISR", "attack", "PSE")}),
    # where the strikes that killed were is whom they struck; a gerund an adjective describes is a noun
    ("Israeli airstrikes in Gaza killed 30 people.", {("ISR", "attack", "PSE")}),
    ("Russian shelling in Kharkiv killed ten people.", {("RUS", "attack", "UKR")}),
    # what is based in a state is the state's, as a target of force or of measures
    ("The U.S. sanctioned five companies based in Hong Kong.", {("USA", "sanction", "CHN")}),
    ("The EU sanctioned companies in Iran and Belarus.", {("EU", "sanction", "BLR"), ("EU", "sanction", "IRN")}),
    # the "of" of a ruling, a decision or a demand names who made it (not "the invasion of Ukraine")
    ("Venezuela's government rejected the ruling of the International Court of Justice.", {("VEN", "reject", "ICJ")}),
    # a body's name tagged a common noun before a past verb the small model made a modifier is the verb's subject
    ("ECOWAS threatened military action against Niger's junta.", {("ECOWAS", "threaten", "NER")}),
    # a response to an armed act answers its doer (a threat while to come); to trade measures, measures in kind
    ("Israel said it would respond to Iran's missile attack.", {("IRN", "attack", "ISR"), ("ISR", "threaten", "IRN")}),
    ("China responded to the U.S. tariffs with its own duties.", {("CHN", "sanction", "USA"), ("USA", "sanction", "CHN")}),
    ("Israel responded to the letter with a statement.", set()),
    # a name set off by a comma before its verb is the verb's subject; one on a visit visits, whatever the visit's
    # setting asks for
    ("Blinken, on a visit to Cairo, criticized Israel.", {("USA", "accuse", "ISR"), ("EGY", "meet", "USA")}),
    ("Blinken, on a visit to Cairo, urged Egypt to help secure a ceasefire.", {("EGY", "meet", "USA")}),
    ("On a visit to Cairo, Blinken demanded a ceasefire.", {("EGY", "meet", "USA")}),
    # contacts between two are a meeting, and their go-between meets each (not "the first contact of its kind")
    (
        "Oman has been quietly facilitating contacts between Washington and Tehran.",
        {("IRN", "meet", "OMN"), ("OMN", "meet", "USA"), ("IRN", "meet", "USA")},
    ),
    ("It was the first contact of its kind between a U.S. president and a Taiwanese leader.", set()),
    # firms put on a list of measures are their state's
    ("Beijing placed two U.S. defence firms on its unreliable entity list.", {("CHN", "sanction", "USA")}),
    # gunships, guerrillas and pilots act for their state or group
    (
        "Israeli helicopter gunships fired missiles at a car in Gaza City, killing a Hamas militant.",
        {("ISR", "attack", "PSE"), ("ISR", "attack", "hamas")},
    ),
    ("Hezbollah guerrillas attacked an Israeli outpost.", {("hezbollah", "attack", "ISR")}),
    # a protest over what goes to a place is made to whom it is addressed, not to the place
    ("China protested to the United States over arms sales to Taiwan.", {("CHN", "accuse", "USA")}),
    # refusing to take part in what another leads rejects the leader
    ("Seoul refused to take part in the U.S.-led maritime coalition.", {("KOR", "reject", "USA")}),
    # money sent to a place helps its state, as relief does
    ("Qatar pledged $500 million to Gaza.", {("QAT", "support", "PSE")}),
    # sanctions that act are imposed by the agent of the clause they are the passive subject of
    ("The sanctions, which target Russia's oil revenue, were agreed by the G7.", {("G7", "sanction", "RUS")}),
    # "his" in a phrase put before the subject is the subject's, and what lies ahead is to come
    ("Ahead of his visit to Moscow, Modi said relations were strong.", {("IND", "meet", "RUS")}),
    # a retaliation to come, at someone named, threatens them; "any" aggression charges no one
    ("China will retaliate against the Philippines.", {("CHN", "threaten", "PHL")}),
    ("Pakistan said it would respond to any Indian aggression.", {("PAK", "threaten", "IND")}),
    # more verbs of criticism and refusal; "aside" is a particle when the parser makes it an adverb
    ("Trump took a swipe at China's trade practices.", {("USA", "accuse", "CHN")}),
    ("Iran deplored Israel's actions.", {("IRN", "accuse", "ISR")}),
    ("Iran brushed aside Britain's proposal.", {("IRN", "reject", "GBR")}),
    ("Iran balked at Britain's proposal.", {("IRN", "reject", "GBR")}),
    ("China resisted U.S. demands to revalue the yuan.", {("CHN", "reject", "USA")}),
    ("Ukraine resisted Russian forces near Kharkiv.", set()),
    ("Iran froze talks with Britain.", {("IRN", "sanction", "GBR")}),
    # a leader spoken to is met (a body addressed is not); applause is praise; peace made and forces joined cooperate
    ("Modi spoke to Putin by phone.", {("IND", "meet", "RUS")}),
    ("Zelensky spoke to the U.N. General Assembly.", set()),
    ("Iran applauded Iraq.", {("IRN", "cooperate", "IRQ")}),
    ("Iran made peace with Iraq.", {("IRN", "cooperate", "IRQ")}),
    ("Saudi Arabia and Qatar reconciled.", {("QAT", "cooperate", "SAU")}),
    ("Kenya joined forces with Somalia against al-Shabab.", {("KEN", "cooperate", "SOM")}),
    # leaders of earlier decades resolve ("criticised Blair over the Iraq war": what it is over, once someone is named,
    # is its grounds)
    ("Chirac criticised Blair over the Iraq war.", {("FRA", "accuse", "GBR")}),
    ("Mubarak hosted Olmert in Sharm el-Sheikh.", {("EGY", "meet", "ISR")}),
    # former names of states are theirs ("Yugoslav": Serbia, its continuator; "Zairean": the DR Congo)
    ("Yugoslav troops attacked Croatian positions.", {("SRB", "attack", "HRV")}),
    ("Zairean troops clashed with Rwandan soldiers.", {("COD", "attack", "RWA"), ("RWA", "attack", "COD")}),
    # an armed retaliation answers whoever struck last; a denial after a comma answers the charge, not the place
    (
        "Israel killed a Hezbollah commander. Hezbollah retaliated with rockets.",
        {("ISR", "attack", "hezbollah"), ("hezbollah", "attack", "ISR")},
    ),
    (
        "Ukraine accused Russia of launching a drone attack on Kyiv, which Moscow denied.",
        {("RUS", "reject", "UKR"), ("UKR", "accuse", "RUS")},
    ),
    # labels of two words: "a terror state", "an apartheid state"
    ('The Turkish president described Israel as a "terror state".', {("TUR", "accuse", "ISR")}),
    ("South Africa called Israel an apartheid state.", {("ZAF", "accuse", "ISR")}),
    # a weapon's model name is a weapon, not a person from where it came
    ("Ukraine has received F-16s from Denmark and the Netherlands.", {("DNK", "support", "UKR"), ("NLD", "support", "UKR")}),
    ("India received MiG-29s from Russia.", {("RUS", "support", "IND")}),
    # nouns of acts: a veto of another's thing rejects its owner; a deployment sends its troops' state; "by" hung on
    # what an act befalls names its doer; a bare verb form made a subject is a noun ("Aid ... was suspended")
    ("Hungary's veto of EU aid to Ukraine angered Brussels.", {("HUN", "reject", "EU")}),
    ("The deployment of Rwandan troops to Mozambique helped.", {("RWA", "support", "MOZ")}),
    ("The expulsion of 20 Russian diplomats by Germany drew a response.", {("DEU", "sanction", "RUS")}),
    ("Aid to Afghanistan was suspended by the World Bank.", {("WORLD_BANK", "sanction", "AFG")}),
    # cut off from a system, the particle a particle
    ("Russian banks were cut off from SWIFT by the EU.", {("EU", "sanction", "RUS")}),
    # hands shaken together are a meeting
    ("The Israeli and Palestinian negotiators shook hands.", {("ISR", "meet", "PSE")}),
    # more verbs of force ("hammered out a deal" is none)
    ("Russian forces ambushed a Ukrainian convoy.", {("RUS", "attack", "UKR")}),
    ("Houthi rebels sank a British cargo ship.", {("houthis", "attack", "GBR")}),
    ("Ukraine and Russia skirmished along the border.", {("RUS", "attack", "UKR"), ("UKR", "attack", "RUS")}),
    ("Russia rained missiles on Ukraine.", {("RUS", "attack", "UKR")}),
    ("Russia unleashed a barrage of drones on Ukrainian cities.", {("RUS", "attack", "UKR")}),
    ("Negotiators from Russia and Ukraine hammered out a deal.", {("RUS", "cooperate", "UKR")}),
    # shows of force aimed at another threaten it; penalties and aid withdrawn are measures
    ("China rattled sabres at Taiwan.", {("CHN", "threaten", "TWN")}),
    ("Azerbaijan mobilised troops against Armenia.", {("AZE", "threaten", "ARM")}),
    ("The US penalised Chinese firms.", {("USA", "sanction", "CHN")}),
    ("France withdrew aid from Niger.", {("FRA", "sanction", "NER")}),
    # more verbs of aid: bankrolled, bailed out, propped up, security guaranteed
    ("The EU bailed out Greece.", {("EU", "support", "GRC")}),
    ("Russia propped up the Assad government.", {("RUS", "support", "SYR")}),
    ("Germany guaranteed the security of Ukraine.", {("DEU", "support", "UKR")}),
    ("Iran bankrolled Hezbollah.", {("IRN", "support", "hezbollah")}),
    # asking one to end an occupation charges it; implicating another accuses it
    ("Iran urged Israel to end its occupation of Palestinian land.", {("IRN", "accuse", "ISR")}),
    ("Iran implicated Israel in the killing.", {("IRN", "accuse", "ISR")}),
    # another's act talked of is not the talkers' own
    ("Turkey and Hungary discussed Sweden's accession.", {("HUN", "meet", "TUR")}),
    # forces encircling another attack it; drills encircling another only show force at it
    ("Russian forces encircled Ukrainian troops near Avdiivka.", {("RUS", "attack", "UKR")}),
    ("China staged drills encircling Taiwan.", {("CHN", "threaten", "TWN")}),
    # terrorism said to be sponsored or supported is a charge (not the fight against it)
    ("New Delhi said Islamabad continued to support cross-border terrorism.", {("IND", "accuse", "PAK")}),
    ("Pakistan supports the fight against terrorism.", set()),
    # what is said "in a statement that ..." is said by the speaker
    (
        "Iran's foreign ministry said in a statement that the United States was responsible for the attack.",
        {("IRN", "accuse", "USA")},
    ),
    # "it" in a clause on a thing, whose object "which" is that thing, is an actor named before
    ("Pakistan condemned the attack, which it blamed on India.", {("PAK", "accuse", "IND")}),
    # "pro-Russian" fighters are not Russia's forces
    ("Pro-Russian rebels attacked Ukrainian troops near Donetsk.", set()),
    # money or relief described by an infinitive is given by the giver; money pledged "for" a state or its rebuilding
    ("Britain earmarked 100 million pounds to help Sudan cope with famine.", {("GBR", "support", "SDN")}),
    ("The European Union pledged 50 billion euros for Ukraine's reconstruction.", {("EU", "support", "UKR")}),
    ("Washington committed $1 billion to Ukraine.", {("USA", "support", "UKR")}),
    ("Russia committed war crimes in Ukraine.", set()),
    ("Ukraine has received billions of dollars in aid from the United States.", {("USA", "support", "UKR")}),
    ("Australia scrapped a $40 billion deal to buy French-designed submarines.", set()),
    # sanctions that are a passive's doer impose themselves on its subject
    ("Chinese goods were hit by US tariffs.", {("USA", "sanction", "CHN")}),
    ("Russian banks were hit with EU sanctions.", {("EU", "sanction", "RUS")}),
    ("Ottawa suspended arms export permits to Israel.", {("CAN", "sanction", "ISR")}),
    ("The Biden administration restricted visas for Chinese officials.", {("USA", "sanction", "CHN")}),
    # a barrage aimed at a state's things; water cannon fired is force, not words
    ("Russian forces launched a barrage of missiles and drones at Ukraine's energy grid.", {("RUS", "attack", "UKR")}),
    (
        "Chinese coast guard vessels blasted a Philippine supply boat with water cannon.",
        {("CHN", "attack", "PHL")},
    ),
    ("China blasted the US for its tariffs.", {("CHN", "accuse", "USA")}),
    # anywhere in an armed subject's words, where it struck
    (
        "Israeli air strikes on a school sheltering displaced families in Gaza City killed 30 people.",
        {("ISR", "attack", "PSE")},
    ),
    # a named accord signed together; a place in its name is no party, nor is one broken
    (
        "Israel, the United Arab Emirates and Bahrain signed the Abraham Accords.",
        {("ARE", "cooperate", "ISR"), ("BHR", "cooperate", "ISR"), ("ARE", "cooperate", "BHR")},
    ),
    ("Russia and Ukraine violated the Minsk Agreements.", set()),
    # "whose" is the one the clause describes
    (
        "The remarks drew an angry response from Baku, whose foreign ministry accused Paris of bias.",
        {("AZE", "accuse", "FRA")},
    ),
    # a ship's name is no person: "the USS Carney" is not Canada's prime minister
    ("Houthi forces fired missiles at the USS Carney, a U.S. Navy destroyer.", {("houthis", "attack", "USA")}),
    # "joint military drills" parsed as a joint military
    (
        "North Korea denounced the joint military drills by the United States and South Korea.",
        {("PRK", "accuse", "USA"), ("PRK", "accuse", "KOR"), ("KOR", "cooperate", "USA")},
    ),
    # the host of talks between two, its participle hung on the parties
    (
        "Talks between the Armenian and Azerbaijani foreign ministers, hosted by Kazakhstan, ended without a breakthrough.",
        {("ARM", "meet", "AZE"), ("ARM", "meet", "KAZ"), ("AZE", "meet", "KAZ")},
    ),
    ("Egypt hosted an Israeli negotiating team in Cairo.", {("EGY", "meet", "ISR")}),
    # the adoption, extension or ratification of another's thing is of its owner
    ("Hungary blocked the adoption of a new package of EU sanctions.", {("HUN", "reject", "EU")}),
    # an act set beside a clause ("a move X called ...", "in what X called ...") is the clause's doer's
    (
        "China imposed tariffs on Australian wine, a move Canberra called unjustified.",
        {("CHN", "sanction", "AUS"), ("AUS", "accuse", "CHN")},
    ),
    ("Japan tightened export controls on three chemicals, in a move Seoul condemned as retaliation.", {("KOR", "accuse", "JPN")}),
    ("The tanker was seized by Iran, in what London called a hostile act.", {("GBR", "accuse", "IRN")}),
    ("Russia annexed Crimea, a step which the EU described as illegal.", {("RUS", "attack", "UKR"), ("EU", "accuse", "RUS")}),
    # recognition is of a state or its claims, not of another's efforts or licence plates
    ("Serbia and Kosovo agreed to recognise each other's licence plates.", {("SRB", "cooperate", "XKX")}),
    ("The EU recognised Ukraine's efforts to fight corruption.", set()),
    # a threat "by" one is made
    ("Threats by Washington to cut aid to Pakistan angered Islamabad.", {("USA", "threaten", "PAK")}),
    # the state named with a person who served two polities decides ("Germany's Baerbock", later of the UN); "its"
    # in the grounds of taking one to task is that one's
    (
        "Germany's Baerbock took China to task over its support for Russia.",
        {("DEU", "accuse", "CHN"), ("CHN", "support", "RUS")},
    ),
    # "he" is not officials
    (
        "EU officials criticised Hungarian Prime Minister Viktor Orban's visit to Moscow, where he held talks with Putin.",
        {("EU", "accuse", "HUN"), ("HUN", "meet", "RUS")},
    ),
    # a gerund subject told with its doer is a noun
    ("Shelling by Azerbaijani forces hit the Armenian town of Jermuk overnight.", {("AZE", "attack", "ARM")}),
    # an operation set after a clause is the clause's act, not the forces of the place named last
    (
        "Colombian forces raided a FARC camp inside Ecuador, an operation that Quito denounced as a violation of sovereignty.",
        {("COL", "attack", "farc"), ("ECU", "accuse", "COL")},
    ),
    (
        "Ukrainian cities were pummelled by Russian missiles on Friday in what Kyiv called the largest aerial attack of the war.",
        {("RUS", "attack", "UKR"), ("UKR", "accuse", "RUS")},
    ),
    # a body's own delegation meets as the body, not as its members
    ("An ECOWAS delegation met Niger's junta leader in Niamey.", {("ECOWAS", "meet", "NER")}),
    # an ambassador named with the title is an envoy ordered out
    ("Niger's military rulers ordered French Ambassador Sylvain Itte to leave the country.", {("NER", "sanction", "FRA")}),
    # refusing to comply with a body's resolution rejects the body
    ("Nicaragua refused to comply with a resolution of the Organization of American States.", {("NIC", "reject", "OAS")}),
    # instructors a state sends help where they arrive
    ("Russian military instructors arrived in Niamey at the request of Niger's junta.", {("RUS", "support", "NER")}),
    # a retaliation that goes on from a tariff is the tariff
    (
        "Kosovo imposed a 100 percent tariff on imports from Serbia, retaliating against Belgrade's campaign.",
        {("XKX", "sanction", "SRB")},
    ),
    # what is done in a joint operation "with" another is done together
    (
        "Ugandan troops launched air strikes against rebel camps, in a joint operation with the Kenyan army.",
        {("KEN", "cooperate", "UGA")},
    ),
    # "neighbouring" before a name describes it (the small model makes it a clause)
    ("Venezuela accused neighbouring Guyana of illegally auctioning oil blocks.", {("VEN", "accuse", "GUY")}),
    # a charge dismissed as a stunt or a ploy is rejected, not charged back
    (
        "Sudan accused the UAE of arming the RSF, a charge Abu Dhabi dismissed as a cynical publicity stunt.",
        {("SDN", "accuse", "ARE"), ("ARE", "reject", "SDN")},
    ),
    # the host of a round of talks, or of the ceremony an accord was initialled at, meets the parties
    (
        "The foreign ministers of Armenia and Azerbaijan held a round of peace talks on Friday, hosted by Kazakhstan.",
        {("ARM", "meet", "AZE"), ("ARM", "meet", "KAZ"), ("AZE", "meet", "KAZ")},
    ),
    (
        "Armenia and Azerbaijan initialled a peace agreement on Friday, in a ceremony hosted by U.S. President Donald Trump.",
        {("ARM", "cooperate", "AZE"), ("ARM", "meet", "AZE"), ("ARM", "meet", "USA"), ("AZE", "meet", "USA")},
    ),
    # airspace and borders reopened to another; memoranda signed
    ("Saudi Arabia reopened its airspace and land border to Qatar on Monday.", {("QAT", "cooperate", "SAU")}),
    ("Iraqi and Turkish officials signed 26 memoranda of understanding.", {("IRQ", "cooperate", "TUR")}),
    # shells that land somewhere strike there, for whoever fired them (an official who lands visits)
    ("Shells fired by Myanmar's military landed inside Bangladesh, killing one person.", {("MMR", "attack", "BGD")}),
    ("Russian shells killed five people in Kharkiv.", {("RUS", "attack", "UKR")}),
    ("Biden landed in Tel Aviv.", {("ISR", "meet", "USA")}),
    # troops sent to a region to help back its state (not those sent to "protect" others there)
    (
        "Rwanda deployed 1,000 soldiers to Mozambique's Cabo Delgado province to help government forces fight insurgents.",
        {("RWA", "support", "MOZ")},
    ),
    ("Russia sent troops to Ukraine's Donbas region to protect Russian speakers.", set()),
    # "the raid" judged again tells no new raid: others who condemn it later charge the raiders
    (
        "Ecuadorean police stormed Mexico's embassy in Quito. Lopez Obrador called the raid a flagrant violation of law. "
        "Brazil and Colombia also condemned the raid.",
        {("ECU", "attack", "MEX"), ("MEX", "accuse", "ECU"), ("BRA", "accuse", "ECU"), ("COL", "accuse", "ECU")},
    ),
    # "the militants" are the group itself, not the one it is linked to
    (
        "Al-Shabaab fighters stormed a military base in Somalia. The al Qaeda-linked group claimed the attack. "
        "U.S. forces later carried out an air strike against the militants.",
        {("al_shabaab", "attack", "SOM"), ("USA", "attack", "al_shabaab")},
    ),
    # relief flown somewhere is aid
    ("The US flew weapons to Israel.", {("USA", "support", "ISR")}),
    # "them" in a participle going on from a denial is what was denied; "the measures" are the sanctions approved before
    (
        "Sudan accused the United Arab Emirates of arming the RSF. Abu Dhabi denied the allegations, calling them baseless.",
        {("SDN", "accuse", "ARE"), ("ARE", "reject", "SDN")},
    ),
    (
        "The EU approved new sanctions against Russia on Monday. Moscow's foreign ministry rejected the measures.",
        {("EU", "sanction", "RUS"), ("RUS", "reject", "EU")},
    ),
    # "Southeast Asian" is ASEAN's, as "European" is the EU's
    ("Southeast Asian foreign ministers barred Myanmar's military government from the summit.", {("ASEAN", "sanction", "MMR")}),
    # "the country" aid goes to is not the giver named as the clause's subject
    (
        "French Foreign Minister Jean-Noel Barrot arrived in Lebanon on Wednesday for talks. "
        "Paris has also pledged 100 million euros in humanitarian aid to the country.",
        {("FRA", "meet", "LBN"), ("FRA", "support", "LBN")},
    ),
    # help pledged by one who met another goes to the one met
    (
        "Turkish Foreign Minister Hakan Fidan met al-Sharaa in Damascus and pledged Ankara's help in rebuilding the state.",
        {("SYR", "meet", "TUR"), ("TUR", "support", "SYR")},
    ),
    # a response set after a clause is the clause's act; "the criticism" is a blame told before
    (
        "The Kremlin stopped short of offering military assistance, a response that drew sharp criticism from Armenia.",
        {("ARM", "accuse", "RUS")},
    ),
    (
        "Borrell blamed Pristina for refusing to move forward. Kurti rejected the criticism.",
        {("EU", "accuse", "XKX"), ("XKX", "reject", "EU")},
    ),
    # what is given at one's request goes to whoever asked
    ("Russia sent military instructors at the request of Niger's junta.", {("RUS", "support", "NER")}),
    # a place named before what a verb strikes is where it struck (a noun's is told in passing)
    ("Israeli forces raided the Jenin refugee camp.", {("ISR", "attack", "PSE")}),
    # "King Abdullah" is Jordan's, unless his title says Saudi Arabia's
    ("Abbas held talks with King Abdullah in Amman.", {("JOR", "meet", "PSE")}),
    # support for a people is for its polity; support for another's rivals is not for that other
    ("The king reaffirmed Jordan's support for the Palestinian people.", {("JOR", "support", "PSE")}),
    ("The United States gives military support to Chinese rivals in Asia.", set()),
    # "West African" is ECOWAS's
    (
        "West African leaders threatened to use force against Niger's coup leaders if they did not reinstate Bazoum.",
        {("ECOWAS", "threaten", "NER")},
    ),
    # "its treaty ally" is not the nearest other named
    (
        "Chinese vessels fired water cannon at a Philippine boat. Beijing said the boat had intruded into its waters. "
        "The United States stood by its treaty ally.",
        {("CHN", "attack", "PHL")},
    ),
    # Georgia's breakaway regions are its ground
    ("Russian troops poured into South Ossetia after Georgian forces launched an offensive.", {("RUS", "attack", "GEO")}),
    # a hotline reopened is a tie restored
    ("The two Koreas reopened a military hotline.", {("KOR", "cooperate", "PRK")}),
    # a co-doer that tells of a joint act charges no one
    (
        "The United States and Britain carried out air strikes on Houthi military sites in Yemen, the Pentagon said.",
        {("USA", "attack", "houthis"), ("GBR", "attack", "houthis")},
    ),
    # "the strikes" are the strikes told before, by all their doers, not the latest act
    (
        "The United States and Britain carried out air strikes on Houthi sites overnight, a day after the group fired "
        "missiles at an American destroyer. Iran's foreign ministry condemned the strikes.",
        {
            ("USA", "attack", "houthis"),
            ("GBR", "attack", "houthis"),
            ("houthis", "attack", "USA"),
            ("IRN", "accuse", "USA"),
            ("IRN", "accuse", "GBR"),
        },
    ),
    # a state's or another body's Security Council is not the UN's
    ("South Korea's National Security Council condemned North Korea.", {("KOR", "accuse", "PRK")}),
    ("The African Union's Peace and Security Council suspended Chad.", {("AU", "sanction", "TCD")}),
    ("The Russian Security Council warned Ukraine.", {("RUS", "threaten", "UKR")}),
    ("The Security Council condemned North Korea.", {("UNSC", "accuse", "PRK")}),
    # a deal only proposed is not agreed
    ("A Hamas delegation held talks with Qatari mediators on a U.S. proposal for a ceasefire.", {("QAT", "meet", "hamas")}),
    # government forces beside an armed group are the state it fights
    (
        "Rwanda has denied supporting the M23. Fighting between the rebels and government forces continued in South Kivu.",
        {("COD", "attack", "m23"), ("m23", "attack", "COD")},
    ),
    (
        "Turkey delivered helicopters to the Somali army. An African Union force also supports the government in its fight "
        "against al Shabaab.",
        {("TUR", "support", "SOM"), ("AU", "support", "SOM"), ("AU", "attack", "al_shabaab"), ("al_shabaab", "attack", "AU")},
    ),
    # what a charge says another did is charged against the doer
    ("Kinshasa repeated its charge that Rwanda was arming the M23.", {("COD", "accuse", "RWA"), ("RWA", "support", "m23")}),
    # a reaction that arrives comes from its givers and falls on the doer of what it came after
    (
        "Condemnation poured in from Jordan and Egypt after Israeli minister Itamar Ben-Gvir toured the Al-Aqsa compound.",
        {("JOR", "accuse", "ISR"), ("EGY", "accuse", "ISR")},
    ),
    ("Criticism came from France when Italy closed its ports.", {("FRA", "accuse", "ITA")}),
    # a demand not accepted is rejected
    ("Tokyo would not accept Seoul's demand that Japanese firms compensate the workers.", {("JPN", "reject", "KOR")}),
    # a list's name the parser hangs on the subject across the verb is the list's
    (
        "Niger's military rulers declined to receive a joint delegation from ECOWAS, the African Union and the United Nations.",
        {("NER", "reject", "ECOWAS"), ("NER", "reject", "AU"), ("NER", "reject", "UN")},
    ),
    # a boycott, imposed or endured
    ("Saudi Arabia imposed a boycott on Qatar.", {("SAU", "sanction", "QAT")}),
    (
        "Qatar, which endured a boycott by Saudi Arabia and Bahrain, hosted the talks.",
        {("SAU", "sanction", "QAT"), ("BHR", "sanction", "QAT")},
    ),
    ("Ukraine suffered a massive attack by Russian drones.", {("RUS", "attack", "UKR")}),
    # a financing package is aid; an embassy staffer ordered out is expelled; imports halted from a state
    ("The World Bank approved a $1.5 billion financing package for Ukraine.", {("WORLD_BANK", "support", "UKR")}),
    ("Tallinn ordered a senior Russian embassy staffer out of the country.", {("EST", "sanction", "RUS")}),
    ("Turkey halted imports from Israel.", {("TUR", "sanction", "ISR")}),
    # the verb after quoted words and "and", joined to a clause said of a thing, is the speaker's
    ('Iran said that the resolution was "politically motivated" and rejected it.', set()),
    # "followed suit" does the act just told, to each of its targets (not an act told long before)
    (
        "Britain expelled Russian and Iranian diplomats on Monday. Canada followed suit.",
        {("GBR", "sanction", "RUS"), ("GBR", "sanction", "IRN"), ("CAN", "sanction", "RUS"), ("CAN", "sanction", "IRN")},
    ),
    ("Israel recalled its ambassadors. The three join more than 140 states. Slovenia is expected to follow suit.", set()),
    # a call with one partner named is a call with that partner, not with the ones thanked in it
    (
        "Palestinian President Mahmoud Abbas thanked Ireland and Norway during a phone call with Spanish Prime Minister "
        "Pedro Sanchez.",
        {("ESP", "meet", "PSE"), ("IRL", "cooperate", "PSE"), ("NOR", "cooperate", "PSE")},
    ),
    # talks that are an envoy's brief are not told as held
    ("The US envoy for the Israel-Lebanon talks said progress was made.", set()),
    # officials "in" their own capitals visit no one
    ("Officials in Beijing and Washington said there were no plans for a meeting.", set()),
    # what reports dismissed as unfounded say is no event
    ('Reports that Saudi and Israeli officials had met secretly in Neom were "completely unfounded", an official said.', set()),
    # a body's own organ is the body; a member chairing it that tells of its act charges no one
    ("The African Union condemned the coup in Niger, the AU Peace and Security Council said.", {("AU", "accuse", "NER")}),
    (
        "ECOWAS gave Niger's junta a one-week ultimatum, Nigerian President Bola Tinubu, the bloc's chairman, said.",
        {("ECOWAS", "threaten", "NER")},
    ),
    # an end to a war talked of charges no one with it
    (
        "UN envoy Hans Grundberg held talks with Houthi officials on a roadmap to end Yemen's war, his office said.",
        {("UN", "meet", "houthis")},
    ),
    # an exchange of fire is an attack each way (an exchange of prisoners a deal)
    (
        "An exchange of fire between Indian and Pakistani troops killed two.",
        {("IND", "attack", "PAK"), ("PAK", "attack", "IND")},
    ),
    # "the two Southeast Asian neighbours" are the two named before, not the bloc
    (
        "Thailand accused Cambodia of laying mines. Clashes between the two Southeast Asian neighbours killed 12.",
        {("THA", "accuse", "KHM"), ("THA", "attack", "KHM"), ("KHM", "attack", "THA")},
    ),
    # "ethnic Albanian" guerrillas are a people, not Albania
    ("Serbian security forces have been fighting ethnic Albanian guerrillas.", set()),
    # "the raids" are the act the story told, not one told as background in a relative clause
    (
        "NATO aircraft struck targets across Yugoslavia. Explosions were heard near Pristina, where Serbian forces have "
        "been fighting Albanian guerrillas. China denounced the raids.",
        {("NATO", "attack", "SRB"), ("CHN", "accuse", "NATO")},
    ),
    # a summit called off was not held; no plans to hold talks are none
    ("The summit between Trump and Kim Jong Un was called off.", set()),
    ("Beijing said it had no plans at present to hold talks with Taipei's newly elected leader.", set()),
    # "Pakistan's Foreign Office" is Pakistan's, not Britain's
    (
        "Pakistan's Foreign Office denied Kabul's claim that Pakistani jets had bombed villages.",
        {("AFG", "accuse", "PAK"), ("PAK", "reject", "AFG")},
    ),
    # what is done "each time" another acts is a condition: the other's act is not told
    ("Iran warned it would strike Israel every time Israel attacked its territory.", {("IRN", "threaten", "ISR")}),
    # an attack whose doer the story cannot name is charged to no one, not to the one it hit
    ("Rebels attacked Omdurman on Saturday. The Arab League condemned the rebel attack.", set()),
    # meeting a fund's conditions is no meeting
    ("The IMF approved a $3 billion bailout for Pakistan after Islamabad met its conditions.", {("IMF", "support", "PAK")}),
    # a clause that labels on its own labels for its own subject
    (
        "Armenia accused Azerbaijan of shelling the village of Sotk, a claim Baku dismissed as disinformation.",
        {("ARM", "accuse", "AZE"), ("AZE", "reject", "ARM")},
    ),
    # "them" in "calling them ..." is the accusations, though the participle hangs inside them
    (
        "Tehran dismissed accusations by Washington that it had supplied missiles to Moscow, calling them baseless.",
        {("USA", "accuse", "IRN"), ("IRN", "reject", "USA")},
    ),
    # what "any" aircraft entering airspace would suffer is a threat, not a charge
    (
        "Pyongyang warned Tokyo that any Japanese aircraft entering its airspace would be shot down.",
        {("PRK", "threaten", "JPN")},
    ),
    # a move ignored is not rejected; calls ignored are
    ("Cuba and South Korea established diplomatic relations, a move that North Korea ignored.", {("CUB", "cooperate", "KOR")}),
    ("Russia ignored Ukraine's calls for a ceasefire.", {("RUS", "reject", "UKR")}),
    # clashes that erupt "between" two sides; joint and coordinated acts of several
    (
        "Heavy clashes erupted between Afghan and Pakistani border forces near the Torkham crossing.",
        {("AFG", "attack", "PAK"), ("PAK", "attack", "AFG")},
    ),
    ("NATO and Ukraine opened a joint analysis and training centre in Poland.", {("NATO", "cooperate", "UKR")}),
    (
        "The navies of Malaysia, Indonesia and Singapore launched coordinated patrols in the Strait of Malacca.",
        {("IDN", "cooperate", "MYS"), ("MYS", "cooperate", "SGP"), ("IDN", "cooperate", "SGP")},
    ),
    # "the raids" are the strikes told before (an act of the same kind), not rockets fired since
    (
        "Israeli aircraft carried out air strikes on Gaza. Hamas militants launched rockets into Israel after the strikes. "
        "Egypt condemned the raids.",
        {("ISR", "attack", "PSE"), ("hamas", "attack", "ISR"), ("EGY", "accuse", "ISR")},
    ),
    # a title before a surname is no first name of someone else ("Col Gaddafi", "Gen. Sisi")
    ("Col Gaddafi warned France.", {("LBY", "threaten", "FRA")}),
    ("Gen. Sisi met Netanyahu.", {("EGY", "meet", "ISR")}),
    # what a ban forbids is not done
    (
        "The UN Security Council imposed sanctions on North Korea, banning the sale of heavy weapons to Pyongyang.",
        {("UNSC", "sanction", "PRK")},
    ),
    # a subject the parser hangs inside the phrase put first is the verb's
    (
        "During talks in Beijing with South Korea's Foreign Minister, Yu Myung-hwan, the Chinese Premier, Wen Jiabao, "
        "turned down a request from Seoul.",
        {("CHN", "meet", "KOR"), ("CHN", "reject", "KOR")},
    ),
    # a deal said to remain out of reach is not made
    ("A Saudi-Israeli normalisation deal, long sought by Washington, remains out of reach, diplomats said.", set()),
    # disagreeing about a question rejects no one
    ("Trump and Zelenskyy publicly disagreed about who was responsible for starting the war.", set()),
    ("China and Malaysia are disagreeing over Malaysia's rights.", {("CHN", "reject", "MYS"), ("MYS", "reject", "CHN")}),
    # where a strike hit is its target only when it names no one; an attack answered is not where the answer struck
    (
        "U.S. and British warplanes struck Houthi targets across Yemen in response to the group's attacks on shipping.",
        {("USA", "attack", "houthis"), ("GBR", "attack", "houthis")},
    ),
    ("Russia launched strikes across Ukraine.", {("RUS", "attack", "UKR")}),
    # what is done "with the help of" another is backed by it, not aimed at it
    ("Russia invaded Ukraine with the help of Belarus.", {("RUS", "attack", "UKR"), ("BLR", "support", "RUS")}),
    # a list whose first name the parser hangs on the second is a list
    (
        "Military-ruled Mali and Burkina Faso said in a statement that they stood with Niger.",
        {("MLI", "support", "NER"), ("BFA", "support", "NER")},
    ),
    # a junta is a state's, not the body named before it; "the bloc" after another bloc is that bloc; "the ultimatum"
    # is the act told before
    (
        "ECOWAS suspended all transactions with Niger. The junta rejected the ultimatum and accused the bloc of preparing "
        "an aggression. The European Union also halted budget support.",
        {("ECOWAS", "sanction", "NER"), ("NER", "reject", "ECOWAS"), ("NER", "accuse", "ECOWAS")},
    ),
    (
        "The EU imposed sanctions on Belarus. The bloc accused Minsk of using migrants.",
        {("EU", "sanction", "BLR"), ("EU", "accuse", "BLR")},
    ),
    # a charge summed up after a comma, with the verb after it made the root by the parser
    (
        "Ethiopia blamed Eritrea for arming rebels, a charge Asmara dismissed.",
        {("ETH", "accuse", "ERI"), ("ERI", "reject", "ETH")},
    ),
    # a protest or a rebuttal drawn from another answers the one who drew it; a protest note handed over
    ("Turkey's strikes drew a protest from Baghdad.", {("IRQ", "accuse", "TUR")}),
    (
        "Turkish drones struck PKK positions in northern Iraq, prompting a protest from Baghdad.",
        {("TUR", "attack", "pkk"), ("IRQ", "accuse", "TUR")},
    ),
    ("The GCC statement drew a rebuttal from Tehran.", {("IRN", "reject", "GCC")}),
    ("Tajikistan's foreign ministry handed a protest note to the Afghan ambassador.", {("TJK", "accuse", "AFG")}),
    ("Russia sent a note to Ukraine.", set()),
    # an act answered in kind, or fire returned, is done back to its doer
    (
        "Montenegro expelled Serbia's ambassador over his remarks, and Belgrade responded in kind within hours.",
        {("MNE", "sanction", "SRB"), ("SRB", "sanction", "MNE")},
    ),
    (
        "North Korean artillery shelled South Korea's Yeonpyeong island, prompting the South to return fire.",
        {("PRK", "attack", "KOR"), ("KOR", "attack", "PRK")},
    ),
    ("Canada expelled Indian diplomats, and Britain followed suit.", {("CAN", "sanction", "IND"), ("GBR", "sanction", "IND")}),
    # "the two armies" are the two states named before
    (
        "Thai jets struck Cambodian positions along the border, as the two armies exchanged artillery and rocket fire.",
        {("THA", "attack", "KHM"), ("KHM", "attack", "THA")},
    ),
    # advisers ordered out; a currency swap extended; disbursements frozen; what ships carry goes where they are sent
    ("India ordered Pakistani military advisers to leave New Delhi.", {("IND", "sanction", "PAK")}),
    ("China extended a currency swap to Sri Lanka.", {("CHN", "support", "LKA")}),
    ("The International Monetary Fund froze disbursements to Mozambique.", {("IMF", "sanction", "MOZ")}),
    ("New Zealand sent navy ships carrying relief supplies to Tonga.", {("NZL", "support", "TON")}),
    # backing an act named again backs its doers (not the backer's own act)
    (
        "The United States and Britain launched strikes against Houthi targets in Yemen. Australia and Canada backed the "
        "operation.",
        {
            ("USA", "attack", "houthis"),
            ("GBR", "attack", "houthis"),
            ("AUS", "support", "USA"),
            ("AUS", "support", "GBR"),
            ("CAN", "support", "USA"),
            ("CAN", "support", "GBR"),
        },
    ),
    ("Israel struck Iran's nuclear sites. Israel backed the operation.", {("ISR", "attack", "IRN")}),
    # "the launch" is the firing told before, though it was aimed at no one and another event came between
    (
        "North Korea fired a ballistic missile over Japan on Tuesday. Japan lodged a protest with Pyongyang. South "
        "Korea's National Security Council condemned the launch as a reckless provocation.",
        {("JPN", "accuse", "PRK"), ("KOR", "accuse", "PRK")},
    ),
    # "the proposal" is the plan told before; a caution of what an act would be treated as threatens
    (
        "The Polisario Front rejected Morocco's autonomy plan as a non-starter, hours after Spain endorsed the proposal.",
        {("polisario", "reject", "MAR"), ("ESP", "support", "MAR")},
    ),
    (
        "Russia cautioned Moldova that any attempt to force Russian troops out would be treated as an attack on Russia.",
        {("RUS", "threaten", "MDA")},
    ),
    ("The IMF cautioned Kenya against raising taxes too fast.", set()),
    # a junta after a body's act is the state named before, not a state that acted before the body
    (
        "Paris refused to recognise the officers. ECOWAS imposed sanctions on Niger. The junta has rejected the bloc's demands.",
        {("ECOWAS", "sanction", "NER"), ("NER", "reject", "ECOWAS")},
    ),
    # a state's ground (states.yaml places): a strike on it hits the state
    ("Tajik troops shelled an airport and several villages in Batken region.", {("TJK", "attack", "KGZ")}),
    ("North Korean artillery shelled Yeonpyeong island.", {("PRK", "attack", "KOR")}),
    # a deal summed up after a comma is its parties' act, as a move is
    (
        "Russia and China signed a gas deal, an agreement the United States criticised.",
        {("CHN", "cooperate", "RUS"), ("USA", "accuse", "RUS"), ("USA", "accuse", "CHN")},
    ),
    # a second name the parser made a second object of the first name's "of" is its conjunct
    (
        "The foreign ministers of the Democratic Republic of Congo and Rwanda signed a peace agreement.",
        {("COD", "cooperate", "RWA")},
    ),
    # "the three European countries" are the three named before, not the EU ("several EU states" are no one named)
    (
        "Britain, France and Germany criticised Iran. Tehran recalled its ambassadors to the three European countries.",
        {
            ("GBR", "accuse", "IRN"),
            ("FRA", "accuse", "IRN"),
            ("DEU", "accuse", "IRN"),
            ("IRN", "sanction", "GBR"),
            ("IRN", "sanction", "FRA"),
            ("IRN", "sanction", "DEU"),
        },
    ),
    ("Several EU states criticised Iran.", set()),
    # an inverted condition tells no act ("were it ever to take place", "had Russia attacked")
    ("Analysts said a Venezuelan incursion into Essequibo, were it ever to take place, would be hampered by the jungle.", set()),
    ("Had Russia attacked Poland, NATO would have responded.", set()),
    # "have since imposed": the parser's "since" is no preposition; visa-free travel suspended
    (
        "Britain and the United States have since imposed sanctions on several Georgian officials.",
        {("GBR", "sanction", "GEO"), ("USA", "sanction", "GEO")},
    ),
    ("The European Union suspended visa-free travel for Georgian diplomats.", {("EU", "sanction", "GEO")}),
    # the host of the talks told before meets those who met there; "the idea" and "the document" are their makers'
    (
        "Russian and Ukrainian delegations met in Istanbul. Turkish Foreign Minister Hakan Fidan, who hosted the talks, "
        "praised both sides.",
        {
            ("RUS", "meet", "UKR"),
            ("RUS", "meet", "TUR"),
            ("TUR", "meet", "UKR"),
            ("RUS", "cooperate", "TUR"),
            ("TUR", "cooperate", "UKR"),
        },
    ),
    (
        "Ukraine proposed a meeting between Zelenskyy and Putin. Russia rejected the idea.",
        {("RUS", "meet", "UKR"), ("RUS", "reject", "UKR")},
    ),
    (
        "Medinsky presented a Russian memorandum setting out conditions for peace. Kyiv rejected the document as an ultimatum.",
        {("UKR", "reject", "RUS")},
    ),
    # what is captured in a state's region is taken from that state (not what is near another's border)
    ("Russian forces captured a village in the Donetsk region.", {("RUS", "attack", "UKR")}),
    ("M23 rebels captured the town of Bunagana near the Ugandan border.", {("m23", "attack", "COD")}),
    # names after "as" that the parser made its objects are the subjects of the clause it opens
    (
        "Poland closed its border crossings with Belarus as Russia and Belarus began joint military exercises.",
        {("POL", "sanction", "BLR"), ("BLR", "cooperate", "RUS")},
    ),
    ("The talks ended as China and Japan signed a deal.", {("CHN", "cooperate", "JPN")}),
    # what a speaker said were someone's is theirs; "the detentions" are the detaining told before
    ("Israeli jets targeted what the military said were Hezbollah weapons depots.", {("ISR", "attack", "hezbollah")}),
    (
        "Houthi gunmen stormed U.N. offices in Sanaa and detained several staff members. U.N. Secretary-General Antonio "
        "Guterres condemned the detentions.",
        {("houthis", "attack", "UN"), ("UN", "accuse", "houthis")},
    ),
    # an act pointed back at is no one called
    (
        "Washington imposed tariffs on Indian goods. India's foreign ministry has called the tariffs \"unfair, unjustified and "
        'unreasonable."',
        {("USA", "sanction", "IND"), ("IND", "accuse", "USA")},
    ),
    # mediators who shuttle between two sides meet each
    (
        "Egyptian and Qatari mediators shuttled between the Israeli and Hamas delegations.",
        {("EGY", "meet", "ISR"), ("EGY", "meet", "hamas"), ("ISR", "meet", "QAT"), ("QAT", "meet", "hamas")},
    ),
    # a declaration signed in a ceremony hosted by another: the host meets the signers, and they each other
    (
        "Armenia and Azerbaijan signed a declaration in a ceremony hosted by Trump.",
        {("ARM", "cooperate", "AZE"), ("ARM", "meet", "AZE"), ("ARM", "meet", "USA"), ("AZE", "meet", "USA")},
    ),
    ("Russia issued a declaration of war.", set()),
    # relations broken without "off" are broken all the same (a ceasefire broken is a rejection)
    (
        "Belgrade broke diplomatic relations with the United States and Britain, two NATO countries involved in the attacks.",
        {("SRB", "sanction", "USA"), ("SRB", "sanction", "GBR")},
    ),
    # those who act, opening a sentence, are no name; "the paramilitary force" is the armed group named before;
    # a ship crippled is attacked (an economy crippled is not); hackers act for their state
    ("Rebels of the Allied Democratic Forces ambushed a Ugandan army convoy in eastern Congo.", {("adf", "attack", "UGA")}),
    (
        "The RSF attacked El Fasher. The paramilitary force shelled the city's hospital.",
        {("rsf", "attack", "SDN")},
    ),
    ("Ukrainian sea drones crippled a Russian landing ship in the Black Sea.", {("UKR", "attack", "RUS")}),
    ("Sanctions crippled Iran's economy.", set()),
    ("Russian hackers attacked Estonian government websites.", {("RUS", "attack", "EST")}),
    # a second relative clause on a move, its verb hung on the noun by the parser
    (
        "Iran seized a British tanker, a move London described as hostile and Washington condemned as an escalation.",
        {("IRN", "attack", "GBR"), ("GBR", "accuse", "IRN"), ("USA", "accuse", "IRN")},
    ),
    # a place held by someone is theirs ("the headquarters of Hamas"); hideouts of militants inside a state: its ground
    ("Israel struck the headquarters of Hamas in Gaza.", {("ISR", "attack", "hamas")}),
    (
        "Pakistan carried out retaliatory strikes on what it called hideouts of Baloch separatist militants inside Iran.",
        {("PAK", "attack", "IRN")},
    ),
    # a rejection prompted by another's act rejects its doer
    ("Iran criticised the plan, prompting Israel to reject the criticism.", {("ISR", "reject", "IRN")}),
    # a body's official in the state it sits in visits no one (organizations.yaml headquarters); elsewhere, visits
    (
        'ECOWAS Commission President Omar Alieu Touray regretted the decision. "Our doors remain open," Touray told '
        "reporters in Abuja.",
        set(),
    ),
    (
        "NATO Secretary General Jens Stoltenberg said in Kyiv that the alliance stood with Ukraine.",
        {("NATO", "meet", "UKR"), ("NATO", "support", "UKR")},
    ),
    # the grounds of a halt are not halted: "in protest at" another's act charges it, and that act took place
    ("China froze talks in protest at India's remarks.", {("CHN", "accuse", "IND")}),
    (
        "China suspended talks with the United States in protest at Pelosi's visit to Taiwan.",
        {("CHN", "sanction", "USA"), ("CHN", "accuse", "USA"), ("TWN", "meet", "USA")},
    ),
    # a name the parser made an apposition of a summed-up noun is the subject of the clause on it
    (
        "Ethiopia blamed Eritrea for arming rebels, a charge Asmara swiftly dismissed as a fabrication.",
        {("ETH", "accuse", "ERI"), ("ERI", "reject", "ETH")},
    ),
    (
        "Turkey signed a maritime memorandum with Libya, a deal Greece and Egypt denounced as illegal.",
        {("LBY", "cooperate", "TUR"), ("GRC", "accuse", "TUR"), ("EGY", "accuse", "TUR")},
    ),
    # a closing participle whose object names what a verb above it made answers that verb
    (
        "India hit back at Ottawa after Trudeau alleged that agents of New Delhi were linked to the killing, "
        "dismissing the allegation as absurd.",
        {("CAN", "accuse", "IND"), ("IND", "accuse", "CAN"), ("IND", "reject", "CAN")},
    ),
    # a text something is said in is the sayer's, through participles without their own subject
    (
        "The GCC condemned Iran's occupation of three islands, urging Tehran to accept arbitration, "
        "in a statement that drew an angry rebuttal from Tehran.",
        {("GCC", "accuse", "IRN"), ("IRN", "reject", "GCC")},
    ),
    # a participle's bare "the proposal" is the offer its clause answers; a quoted label parsed as an apposition
    (
        'Pyongyang spurned Seoul\'s offer of food aid, calling the proposal "a hypocritical farce."',
        {("PRK", "reject", "KOR"), ("PRK", "accuse", "KOR")},
    ),
    (
        "Havana rejected Washington's decision, calling it an act of arrogance.",
        {("CUB", "reject", "USA"), ("CUB", "accuse", "USA")},
    ),
    # joint acts held "separately" with a list pair each partner with the doer only
    (
        "The Philippines has held separate joint patrols with the United States, Japan and Australia.",
        {("AUS", "cooperate", "PHL"), ("JPN", "cooperate", "PHL"), ("PHL", "cooperate", "USA")},
    ),
    # shells fired "onto" a place; "them" is no single state named as where something was done
    (
        "North Korea fired shells onto South Korea's Yeonpyeong island, and the South's army returned fire with howitzers.",
        {("PRK", "attack", "KOR"), ("KOR", "attack", "PRK")},
    ),
    (
        "ECOWAS leaders meeting in Accra froze the assets of members of Guinea's junta and imposed a travel ban on them.",
        {("ECOWAS", "sanction", "GIN")},
    ),
    # "the former Soviet republic" is the state named before, not the one its adjective names ("the Turkish state" is)
    ("Iraq said the PKK had long fought the Turkish state.", {("IRQ", "accuse", "pkk"), ("pkk", "attack", "TUR")}),
    (
        "The EU disbursed 100 million euros in assistance to Moldova to help the former Soviet republic cope with prices.",
        {("EU", "support", "MDA")},
    ),
    # an attribution after the object, parsed with the object as the speaker's subject
    ("Britain is expelling 23 Russian diplomats, Prime Minister Theresa May told parliament.", {("GBR", "sanction", "RUS")}),
    # the ELN by its acronym and its name
    ("Colombia's government and the National Liberation Army signed a ceasefire agreement.", {("COL", "cooperate", "eln")}),
    ("The ELN attacked a Colombian army base.", {("eln", "attack", "COL")}),
    # "what X said were" with "what" hung on "said" and the noun its object
    (
        "Israeli warplanes struck what the military said were Hamas weapons manufacturing sites.",
        {("ISR", "attack", "hamas")},
    ),
    (
        "Pakistani aircraft bombed what Islamabad said were hideouts of the Pakistani Taliban.",
        {("PAK", "attack", "ttp")},
    ),
    # a plural for fighters tagged a verb after a name; two nouns read as a clause after a verb without an object
    ("Boko Haram militants overran a military base in Nigeria.", {("boko_haram", "attack", "NGA")}),
    ("Hamas turned down the latest Israeli ceasefire offer.", {("hamas", "reject", "ISR")}),
    (
        "Pakistan denied Afghan government claims that its forces had fired rockets into Kunar.",
        {("PAK", "reject", "AFG"), ("AFG", "accuse", "PAK")},
    ),
    # coming "to the defence" or "to the aid" of another backs it
    ("Russia's U.N. ambassador leapt to the defence of Damascus on Friday.", {("RUS", "support", "SYR")}),
    ("Turkey rushed to the aid of Azerbaijan.", {("TUR", "support", "AZE")}),
    ("Hungary objected to the aid for Ukraine.", set()),
    # an act one is encouraged to do is not done
    ("Tillerson encouraged Saudi Arabia and Qatar to sit down together.", set()),
    # a text that targets someone does not attack them
    ("The resolution, drafted by the United States and China, targets North Korea's diplomats.", set()),
    # one side and a list after "and" (the list's commas after it): one with each, not each with each
    (
        "The agreement between Iran and the United States, Britain and France was announced in Vienna.",
        {("FRA", "cooperate", "IRN"), ("GBR", "cooperate", "IRN"), ("IRN", "cooperate", "USA")},
    ),
    (
        "Talks between Russia, Ukraine and Turkey took place in Istanbul.",
        {("RUS", "meet", "TUR"), ("RUS", "meet", "UKR"), ("TUR", "meet", "UKR")},
    ),
    # ", which X denies" after a charge answers the charge, also when it hangs on an actor's noun
    (
        "Armenia accuses Ankara of sending mercenaries to fight alongside Azerbaijani troops, which Turkey denies.",
        {("ARM", "accuse", "TUR"), ("TUR", "reject", "ARM")},
    ),
    # an asset freeze sanctions the holder named after "on"
    ("The UN Security Council tightened an assets freeze on Kadhafi's regime.", {("UNSC", "sanction", "LBY")}),
    ("The EU imposed an asset freeze on Russia's central bank.", {("EU", "sanction", "RUS")}),
    ("The United States imposed travel bans and asset freezes on Russian officials.", {("USA", "sanction", "RUS")}),
    # an "official" news agency speaks for its state, as state media do
    (
        "North Korea's official KCNA news agency denounced the drills by the United States and South Korea.",
        {("PRK", "accuse", "USA"), ("PRK", "accuse", "KOR")},
    ),
    # "by" hung on what an act befalls names its doer; a label's "as" hung deep in the object is the verb's
    ("Serbia condemned the arrest of a Serbian official by Kosovo police.", {("SRB", "accuse", "XKX")}),
    (
        "Vucic described the arrest of a senior Serbian government official by Kosovo special police as a provocation.",
        {("SRB", "accuse", "XKX")},
    ),
    # an analyst quoted speaks for no state, whatever the adjective of their title
    ('"Al-Shabaab is exploiting every gap," said Samira Gaid, a Somali security analyst.', set()),
    # a vessel driven off is no expulsion of diplomats
    ("China's coast guard said it had expelled the Philippine vessel from the shoal.", set()),
    # the owner of a record of acts is their doer
    ("Russia defended Tehran's record of cooperation with the IAEA.", {("IAEA", "cooperate", "IRN"), ("RUS", "support", "IRN")}),
    # members of a body or an organ are what their "of" names
    ("Britain sanctioned members of the Revolutionary Guards.", {("GBR", "sanction", "IRN")}),
    # measures promised should another act, with the condition inverted, threaten it
    (
        "North Korea warned that Pyongyang would take strong countermeasures should Washington and Seoul go ahead with drills.",
        {("PRK", "threaten", "USA"), ("PRK", "threaten", "KOR")},
    ),
    # "the regime" is the state named nearest before in any role, outside the clause's own subjects
    (
        "Australia cut defence ties with Fiji after the coup, while New Zealand imposed travel bans on members of the regime.",
        {("AUS", "sanction", "FJI"), ("NZL", "sanction", "FJI")},
    ),
    # a surname that only opens another's hyphened name is no one
    (
        "Russian Deputy Defence Minister Yunus-Bek Yevkurov visited Niamey and Ouagadougou.",
        {("BFA", "meet", "RUS"), ("NER", "meet", "RUS")},
    ),
    # what a condition names as its subject has not happened
    ("North Korea will respond if the joint drills by the United States and South Korea go ahead.", set()),
    # an offensive "pressed" goes on; a ship detained is seized
    ("Syrian troops pressed an offensive against Hayat Tahrir al-Sham fighters in Idlib.", {("SYR", "attack", "hts")}),
    ("British Royal Marines detained an Iranian tanker off Gibraltar.", {("GBR", "attack", "IRN")}),
    ("Russia detained two American citizens.", set()),
    # a cyberattack is force; an attack harms what its clause says it harmed, also a thing of another's
    ("Russia launched a cyberattack that paralysed Ukraine's power grid.", {("RUS", "attack", "UKR")}),
    # a host named after the day of the talks; talks "after four days of" them took place
    (
        "Vucic and Kurti held talks in Brussels on Monday hosted by EU foreign policy chief Josep Borrell.",
        {("EU", "meet", "SRB"), ("EU", "meet", "XKX"), ("SRB", "meet", "XKX")},
    ),
    (
        "Iran and Saudi Arabia agreed to restore ties after four days of talks in Beijing hosted by China's top diplomat.",
        {("IRN", "cooperate", "SAU"), ("IRN", "meet", "SAU"), ("CHN", "meet", "IRN"), ("CHN", "meet", "SAU")},
    ),
    # talks at whose end something is done were held
    (
        "India and the United States signed an agreement at the end of their annual talks in New Delhi on Tuesday.",
        {("IND", "cooperate", "USA"), ("IND", "meet", "USA")},
    ),
    # an institution named "of" a state is that state's
    ("Saudi Arabia deposited $3 billion with the State Bank of Pakistan last year.", {("SAU", "support", "PAK")}),
    # siding with another backs it (PLOVER SUPPORT)
    (
        "Ukraine, whose government has sided with Tbilisi, warned that it could bar Russian warships.",
        {("UKR", "support", "GEO"), ("UKR", "threaten", "RUS")},
    ),
    # "Congolese" is the DRC's, as "Congo" alone is
    ("Rwanda blamed Congolese forces for rockets that landed in the Musanze district.", {("RWA", "accuse", "COD")}),
    # a price another "would have to" pay, or is vowed to pay, threatens them
    ("Israel vowed that Hamas would pay a heavy price.", {("ISR", "threaten", "hamas")}),
    ("The Houthis said the United States would have to prepare to pay a heavy price.", {("houthis", "threaten", "USA")}),
    ("The Houthis said the United States would not have to pay a price.", set()),
    # a go-between shuttling messages between the sides meets each
    (
        "Iran and the United States held talks, with Oman's foreign minister shuttling messages between the two delegations.",
        {("IRN", "meet", "USA"), ("IRN", "meet", "OMN"), ("OMN", "meet", "USA")},
    ),
    # a time the parser made an adverb is the second object: whom it is given to is the first ("48 hours to leave")
    ("Niger's military rulers gave French Ambassador Sylvain Itte 48 hours to leave the country.", {("NER", "sanction", "FRA")}),
    ("The US gave Ukraine tanks last week.", {("USA", "support", "UKR")}),
    ("Chad's government gave German ambassador Jan Kricke 48 hours to leave the country.", {("TCD", "sanction", "DEU")}),
    ("ECOWAS gave Niger's junta one week to reinstate President Mohamed Bazoum.", {("ECOWAS", "threaten", "NER")}),
    (
        "Britain is expelling 23 Russian diplomats, Prime Minister Theresa May told parliament, giving them one week to leave.",
        {("GBR", "sanction", "RUS")},
    ),
    # opposing giving a state something rejects the state ("giving" takes its dative)
    ("Germany opposed giving Georgia a NATO membership action plan.", {("DEU", "reject", "GEO")}),
    # a group spelt out after a dash is one side: each of its members with the one named before, not with each other
    (
        "Iran and six world powers - the United States, Britain, France, Germany, Russia and China - met in Geneva.",
        {("CHN", "meet", "IRN"), ("DEU", "meet", "IRN"), ("FRA", "meet", "IRN"), ("GBR", "meet", "IRN"), ("IRN", "meet", "RUS")}
        | {("IRN", "meet", "USA")},
    ),
    (
        "Iran and six powers - the United States, Britain, France, Germany, Russia and China - reached an agreement.",
        {("CHN", "cooperate", "IRN"), ("DEU", "cooperate", "IRN"), ("FRA", "cooperate", "IRN"), ("GBR", "cooperate", "IRN")}
        | {("IRN", "cooperate", "RUS"), ("IRN", "cooperate", "USA")},
    ),
    # a list of demands delivered is no aid, also when it is the participle's head
    ("The list, delivered to Doha by Kuwaiti mediators, calls on Qatar to shut down Al Jazeera.", set()),
    # "its" in the grounds of a protest addressed to one actor is that actor's
    (
        "China protested to NATO over its missile attack on the Chinese Embassy in Belgrade.",
        {("CHN", "accuse", "NATO"), ("NATO", "attack", "CHN")},
    ),
    # the grounds of another's act, told by a third, are that one's charge, not the teller's
    (
        "Canada requested World Trade Organization dispute consultations with the United States over its imposition of "
        "duties on Canadian steel, the trade body said.",
        {("CAN", "accuse", "USA"), ("USA", "sanction", "CAN")},
    ),
    # a war named in history is no label
    (
        "Secretary of State Madeleine Albright held lengthy talks with North Korean leader Kim Jong Il in Pyongyang on Monday, "
        "the highest-level contact between the two countries since the Korean War.",
        {("PRK", "meet", "USA")},
    ),
    # a leader who crosses into a state visits it; troops that do attack it
    ("Indian Prime Minister Atal Bihari Vajpayee crossed into Pakistan aboard a bus.", {("IND", "meet", "PAK")}),
    ("Russian troops crossed into Ukraine on Thursday.", {("RUS", "attack", "UKR")}),
    ("Saudi Crown Prince Mohammed bin Salman greeted Qatar's emir with an embrace.", {("QAT", "meet", "SAU")}),
    ("China greeted the decision with anger.", set()),
    # what one is called on "for" another to do is not done
    ("Vucic brushed off calls from Brussels for Belgrade to normalise relations with Pristina.", {("SRB", "reject", "EU")}),
    # an office with no owner in a clause that opens on a capital is that state's
    (
        "Serbia rejected Kosovo's declaration of independence. In Moscow, the Foreign Ministry condemned Kosovo's declaration.",
        {("SRB", "reject", "XKX"), ("RUS", "accuse", "XKX")},
    ),
    # who names an act another did is not its doer ("for what he called an aggression")
    (
        "A Houthi official warned that Saudi Arabia would pay a heavy price for what he called an aggression against the "
        "Yemeni people.",
        {("houthis", "threaten", "SAU")},
    ),
    ("US forces struck dozens of Huthi targets across Yemen.", {("USA", "attack", "houthis")}),
    # a definite hostile act discussed is a topic, not a threat ("new sanctions" discussed are one)
    ("The Group of Seven discussed the strikes on Ukraine.", set()),
    ("The Group of Seven discussed new sanctions on Russia.", {("G7", "threaten", "RUS")}),
    # "the former colonial power" is a state named before
    (
        "Rwanda cut diplomatic ties with Belgium, accusing the former colonial power of lobbying for sanctions.",
        {("RWA", "sanction", "BEL"), ("RWA", "accuse", "BEL")},
    ),
    # "the Foreign Office" is Britain's only once Britain is named (Pakistan's foreign ministry has that name too)
    (
        "Pakistan summoned India's deputy high commissioner to register a strong protest over what the Foreign Office "
        "called unprovoked ceasefire violations by Indian troops.",
        {("PAK", "accuse", "IND")},
    ),
    (
        "Britain summoned Russia's ambassador on Monday. The Foreign Office said Moscow's conduct was unacceptable.",
        {("GBR", "accuse", "RUS")},
    ),
    # "the move" is the conduct its owner was told of earlier in the sentence
    (
        "Nairobi reacted angrily to Somalia's decision to auction oil blocks, with Kenya's foreign ministry calling the "
        "move an unprecedented affront.",
        {("KEN", "accuse", "SOM")},
    ),
    # an act done in an armed act is that act's doers'
    (
        "Iran condemned the killing of Revolutionary Guards commander Qassem Soleimani in a U.S. drone strike.",
        {("IRN", "accuse", "USA")},
    ),
    ("Erdogan rounded on the Dutch government on Saturday.", {("TUR", "accuse", "NLD")}),
    ("Police rounded up protesters on Monday.", set()),
    ("Georgia said Moscow's decision amounted to an annexation of Georgian land.", {("GEO", "accuse", "RUS")}),
    # who claims a weapon used wields it; an act claimed is read by its own rules
    ("A car bomb claimed by the ELN tore through a police academy in Bogota, killing 21 cadets.", {("eln", "attack", "COL")}),
    (
        "Tel Aviv was hit by a drone, killing one man, in an attack claimed by Yemen's Houthi movement.",
        {("houthis", "attack", "ISR")},
    ),
    # ground an armed act struck, held by someone a participle names, is theirs
    (
        "U.S. and British warplanes struck more than 60 targets in Houthi-controlled areas of Yemen early Friday.",
        {("USA", "attack", "houthis"), ("GBR", "attack", "houthis")},
    ),
    ("U.S. warplanes struck targets in Yemen.", {("USA", "attack", "YEM")}),
    # handing over command is no aid
    ("Gates said Washington expected to hand over command of the operation to Britain within days.", set()),
    # a group's own act aimed back at the group is no act between its members
    (
        "Mali and Burkina Faso warned against any intervention in Niger. Both countries sent delegations to Niamey on "
        "Monday to show their solidarity with the new authorities.",
        {("MLI", "meet", "NER"), ("BFA", "meet", "NER")},
    ),
    # "the three European powers" are the three named before; a conditional act told is their threat, no one's charge
    (
        "Britain, France and Germany accused Iran of expanding its uranium enrichment. The three European powers said "
        "they were ready to trigger a snapback of U.N. sanctions if Tehran did not change course.",
        {("GBR", "accuse", "IRN"), ("FRA", "accuse", "IRN"), ("DEU", "accuse", "IRN")}
        | {("GBR", "threaten", "IRN"), ("FRA", "threaten", "IRN"), ("DEU", "threaten", "IRN")},
    ),
    # what something would be is a prospect, no one's conduct
    ("Biden said direct conflict between NATO and Russia would be World War Three.", set()),
    # goods traded are no aid; arms sold are
    ("Chile's copper shipments to China fell 8 percent in the third quarter.", set()),
    ("Shipments of Iraqi crude to India rose to their highest level in 14 months in March.", set()),
    ("Washington approved the sale of F-16 jets to Turkey.", {("USA", "support", "TUR")}),
    # an act put on hold is not done ("put on hold" read as one phrase)
    ("A planned visit to Dhaka by Indian Prime Minister Narendra Modi was put on hold on Wednesday.", set()),
    # allies no more are none; a proposed pact is a prospect
    ("Rwanda and Uganda, once close allies, have long competed for influence in eastern Congo.", set()),
    ("Poland, a former ally of Russia, said so.", set()),
    (
        "Officials in Wellington said they were awaiting the details of the proposed security pact between Beijing and Honiara.",
        set(),
    ),
    # "the group" in a speaker's own words is another group; one who backs the doer charges it with nothing
    (
        "Hezbollah said on Saturday it stood in full solidarity with Hamas, describing the group's assault on Israel as a "
        "decisive response to the occupation.",
        {("hezbollah", "support", "hamas"), ("hamas", "attack", "ISR")},
    ),
    # "them" after a group named again is that group
    (
        "Turkey agreed to lift its objections to Finland and Sweden joining NATO. Turkey had blocked the two Nordic "
        "countries' applications since May, accusing them of being too lenient toward Kurdish militant groups.",
        {("TUR", "reject", "FIN"), ("TUR", "reject", "SWE"), ("TUR", "accuse", "FIN"), ("TUR", "accuse", "SWE")},
    ),
    # contacts suspended cut ties; anti-dumping deposits are duties
    (
        "New Zealand suspended all high-level political and military contacts with Myanmar on Tuesday.",
        {("NZL", "sanction", "MMR")},
    ),
    ("China imposed anti-dumping deposits of up to 212% on Australian wine.", {("CHN", "sanction", "AUS")}),
    # the grounds of a cut ("in protest at", "in repudiation of") are not cut, and "its" there is whom the cut aims at
    (
        "Bolivia broke off diplomatic relations with Israel in protest at its military offensive against Hamas in Gaza.",
        {("BOL", "sanction", "ISR"), ("BOL", "accuse", "ISR"), ("ISR", "attack", "hamas")},
    ),
    (
        "Bolivia broke off diplomatic relations with Israel in repudiation of its military offensive against Hamas.",
        {("BOL", "sanction", "ISR"), ("BOL", "accuse", "ISR"), ("ISR", "attack", "hamas")},
    ),
    # an agreement "signed between" two is theirs; declaring it null and void rejects them (goods "traded between
    # them", which the parser may hang on the agreement, name no parties)
    (
        "India and the United Arab Emirates signed an agreement that eliminates tariffs on more than 80% of goods traded "
        "between them.",
        {("ARE", "cooperate", "IND")},
    ),
    (
        'Turkey\'s Foreign Ministry on Thursday declared "null and void" a maritime agreement signed between Greece and Egypt.',
        {("EGY", "cooperate", "GRC"), ("TUR", "reject", "GRC"), ("TUR", "reject", "EGY")},
    ),
    # a border by what an act names is where it lies; alone, it is whom the act aims at
    ("M23 rebels seized the eastern Congolese town of Bunagana on the Ugandan border on Monday.", {("m23", "attack", "COD")}),
    ("Pakistani troops fired on the Indian border.", {("PAK", "attack", "IND")}),
    # an act named again is the one told by a verb whose object names it ("conducted tests ... the tests")
    (
        "India conducted three underground nuclear tests on Monday. Japan froze about $30 million in grant aid. Pakistan "
        "condemned the tests as a grave threat to regional peace.",
        {("PAK", "accuse", "IND")},
    ),
    # a condition the parser hung on the speech verb is the reported clause's
    (
        'The Kremlin said Russia would be forced to take "retaliatory steps, both military-technical and other" if Finland '
        "joined the North Atlantic Treaty Organization.",
        {("RUS", "threaten", "FIN")},
    ),
    # one's own troops ordered out are no one's expulsion
    (
        "Kyrgyzstan and Tajikistan met on the sidelines and agreed to order their troops to withdraw.",
        {("KGZ", "meet", "TJK"), ("KGZ", "cooperate", "TJK")},
    ),
    ("Mali ordered French troops to leave the country.", {("MLI", "sanction", "FRA")}),
    # forces that arrive somewhere to help come to its aid; an official who arrives visits
    ("Russian paratroopers arrived in Kazakhstan on Thursday to help quell unrest.", {("RUS", "support", "KAZ")}),
    ("Blinken arrived in Kyiv to help coordinate aid.", {("UKR", "meet", "USA")}),
    # "Isaias" alone is Eritrea's president, as wire copy names him; "el-Sissi" is Egypt's
    (
        "Egyptian President Abdel Fattah el-Sissi and Somali President Hassan Sheikh Mohamud traveled to Asmara for a "
        "summit with Isaias.",
        {("EGY", "meet", "ERI"), ("ERI", "meet", "SOM")},
    ),
    # "Delhi", "Rangoon" and "Bonn" are the seats wire copy of their day names
    ("In Delhi, the foreign ministry criticised the US sanctions.", {("IND", "accuse", "USA")}),
    ("Tokyo also recalled its ambassador from Delhi for consultations.", {("JPN", "sanction", "IND")}),
    # a mistake said to be made is a charge, as a crime said to be committed is
    ("President Bill Clinton said India had made a terrible mistake.", {("USA", "accuse", "IND")}),
    ("President Bill Clinton said he had made a mistake in Somalia.", set()),
    # what is done "without" is not done; declining to name another's act is no rejection of them
    ("There were casualties on both sides, the army said, without giving figures for the Chinese side.", set()),
    ("China declined to describe Russia's actions as an invasion.", set()),
    ("Iran refused to hold talks with the United States.", {("IRN", "reject", "USA")}),
    # "the launch" is the act of a kin verb told with a doer, passing over one told with none
    (
        "North Korea fired a ballistic missile over Japan. The missile was launched from near Pyongyang. The United States "
        "and South Korea began joint drills. South Korea's foreign ministry condemned the launch.",
        {("KOR", "accuse", "PRK"), ("KOR", "cooperate", "USA")},
    ),
    # a regime is the state the article has named most, when another was named nearer
    (
        "Venezuela's Nicolas Maduro broke off relations with Colombia. Maduro accused Colombia of aggression. Pompeo said "
        "Washington would act to restore democracy in Venezuela. Almagro denounced the regime's brutal repression.",
        {("VEN", "sanction", "COL"), ("VEN", "accuse", "COL"), ("OAS", "accuse", "VEN")},
    ),
    # an office that speaks after its words speaks for the doer of their main clause
    (
        "Somalia severed diplomatic ties with Kenya, charging that Nairobi was interfering in its internal affairs, the "
        "information ministry said.",
        {("SOM", "sanction", "KEN"), ("SOM", "accuse", "KEN")},
    ),
    # ... and a participle before the attribution goes on from the clause it follows
    (
        "Saudi Arabia and Egypt cut diplomatic ties with Qatar, accusing Doha of supporting terrorism, Reuters reported.",
        {("SAU", "sanction", "QAT"), ("EGY", "sanction", "QAT"), ("SAU", "accuse", "QAT"), ("EGY", "accuse", "QAT")},
    ),
    # blamed for an act is charged with it: the act is not told
    (
        "Azerbaijan's Defence Ministry blamed Armenian forces for shelling its positions in the Tovuz district.",
        {("AZE", "accuse", "ARM")},
    ),
    ("France condemned Russia for attacking Ukraine.", {("FRA", "accuse", "RUS"), ("RUS", "attack", "UKR")}),
    # a participle the parser hung in a relative clause after a comma goes on from the main clause
    (
        "Russia and China vetoed a Security Council resolution that would have referred the Syrian conflict to the "
        "International Criminal Court, drawing a sharp rebuke from Washington.",
        {("CHN", "reject", "UNSC"), ("RUS", "reject", "UNSC"), ("USA", "accuse", "CHN"), ("USA", "accuse", "RUS")},
    ),
    # an attack one is killed in strikes them, not the ground it is in; a killing that goes on from a raid is its
    (
        "Islamic Jihad fired dozens of rockets into southern Israel after Israeli forces killed one of its commanders in a "
        "raid in Jenin.",
        {("ISR", "attack", "islamic_jihad"), ("islamic_jihad", "attack", "ISR")},
    ),
    (
        "Al-Shabaab fighters stormed a Kenya Defence Forces base in southwestern Somalia, killing dozens of soldiers.",
        {("al_shabaab", "attack", "KEN")},
    ),
    # a pact's promise against any attack is its condition, not an act (the pact is)
    (
        "Mali, Burkina Faso and Niger signed a mutual defence pact, pledging to assist one another against any armed "
        "rebellion or external aggression, Mali's junta leader said.",
        {("BFA", "cooperate", "MLI"), ("BFA", "cooperate", "NER"), ("MLI", "cooperate", "NER")},
    ),
    # "the bloc" whose measures a body backs is another bloc; "them" after a thing named nearer than any actor is it
    (
        "ECOWAS imposed sanctions on Mali. The European Union said it backed the bloc's measures, while Bamako denounced "
        "them as illegal.",
        {("ECOWAS", "sanction", "MLI"), ("EU", "support", "ECOWAS"), ("MLI", "accuse", "ECOWAS")},
    ),
    # (not the group named inside the doer's own phrase: "Saudi Arabia, which fought the Houthis, reached a truce with
    # the group")
    (
        "Saudi Arabia, which led a military coalition against the Houthis from 2015, reached a truce with the group.",
        {("SAU", "cooperate", "houthis")},
    ),
    (
        "Militants from the al Qaeda-linked JNIM group attacked an army camp in central Mali's Mopti region.",
        {("jnim", "attack", "MLI")},
    ),
    (
        "The US imposed sanctions on Iranian officials, calling them terrorists.",
        {("USA", "sanction", "IRN"), ("USA", "accuse", "IRN")},
    ),
    # talks called off are no meeting; weapons launched at warships strike their state; the AU's council is the AU's
    ("Talks between Sudan's army and the Rapid Support Forces have been postponed indefinitely.", set()),
    (
        "Yemen's Houthis launched a swarm of drones and anti-ship missiles at US and British warships in the Red Sea.",
        {("houthis", "attack", "USA"), ("houthis", "attack", "GBR")},
    ),
    ("The European Commission launched an investigation into Chinese electric vehicles.", {("EU", "accuse", "CHN")}),
    ("The African Union Peace and Security Council suspended Sudan from all AU activities.", {("AU", "sanction", "SDN")}),
    # sides that fought battles each attacked the other (not those that fought together, nor a war told as history)
    (
        "Eritrean and Ethiopian troops fought heavy battles along the disputed border near Badme.",
        {("ERI", "attack", "ETH"), ("ETH", "attack", "ERI")},
    ),
    (
        "The US and Britain fought battles together against Iraq.",
        {("USA", "attack", "IRQ"), ("GBR", "attack", "IRQ"), ("IRQ", "attack", "USA"), ("IRQ", "attack", "GBR")},
    ),
    # transfers named again are the supplier's
    (
        "Iran has supplied hundreds of drones to Russia, the White House said, calling the transfers a direct threat to "
        "European security.",
        {("IRN", "support", "RUS"), ("USA", "accuse", "IRN")},
    ),
    # a giver that halts its gifts halts them to the one an apposition names it the giver of
    (
        "Japan, India's largest bilateral aid donor, announced it was freezing grant aid and suspending new loans.",
        {("JPN", "sanction", "IND"), ("JPN", "support", "IND")},
    ),
    # a town a demonym names (the model's compound) is its state's ground
    ("Tajik forces shelled the airport in the Kyrgyz town of Batken.", {("TJK", "attack", "KGZ")}),
    # the Cook Islands and Niue conduct their own foreign relations, in free association with New Zealand
    (
        "New Zealand has paused NZ$18.2 million ($10.9 million) in funding to the Cook Islands, accusing the Pacific "
        "nation of failing to consult Wellington.",
        {("NZL", "sanction", "COK"), ("NZL", "accuse", "COK")},
    ),
    ("Niue signed a deal with China.", {("CHN", "cooperate", "NIU")}),
    # an agreement discussed is only talked of
    (
        "Vajpayee told parliament that Delhi was ready to discuss a no-first-use agreement with Pakistan, but no talks "
        "have been scheduled.",
        set(),
    ),
    ("Moscow stood in solidarity with Venezuela.", {("RUS", "support", "VEN")}),
    # "in solidarity with" names no partner of the act it is the manner of
    ("Nicaragua broke off relations with Quito in solidarity with Mexico.", {("NIC", "sanction", "ECU")}),
    # one who names an act neither did it nor is its doer named again by it
    (
        'Mexico broke off relations with Ecuador. President Andres Manuel Lopez Obrador called the raid "an authoritarian '
        'act." Brazil and Colombia condemned the raid.',
        {("MEX", "sanction", "ECU")},
    ),
    # ... nor is a "took X to court" an armed act a raid names again
    (
        "Mexico took Ecuador to the International Court of Justice over a police raid on its embassy. Brazil condemned the raid.",
        {("MEX", "accuse", "ECU")},
    ),
    # a test told in a relative clause is the doer's
    (
        '"I am deeply disturbed by the nuclear tests which India has conducted," President Bill Clinton said. Australia '
        "recalled its high commissioner from New Delhi. Pakistan condemned the tests.",
        {("AUS", "sanction", "IND"), ("PAK", "accuse", "IND")},
    ),
    # the body a condemnation is sought at is not its target, once the target is named
    (
        "Correa said Quito would seek a formal condemnation of Bogota at the Organization of American States.",
        {("ECU", "accuse", "COL")},
    ),
    # sides named together that fight, with no object, fight each other (not sides fighting others, or together)
    (
        "Peruvian and Ecuadorean troops fought with mortars and helicopter gunships along the border on Friday.",
        {("PER", "attack", "ECU"), ("ECU", "attack", "PER")},
    ),
    ("American and Iraqi troops fought insurgents in Fallujah.", set()),
    ("French and Malian soldiers fought together against jihadists near Gao.", set()),
    # troops ordered to a state are sent to it; to a border, or home, to no one
    (
        "President George Bush ordered U.S. troops and warplanes to Saudi Arabia at the request of King Fahd.",
        {("USA", "support", "SAU")},
    ),
    ("Putin ordered troops to Ukraine's border on Monday.", set()),
    ("Putin sent troops to Ukraine's border on Monday.", set()),
    ("Biden ordered the troops home from Afghanistan.", set()),
    (
        "Australian troops began landing in the Solomon Islands on Thursday at the invitation of the government.",
        {("AUS", "support", "SLB")},
    ),
    (
        "Russian paratroopers began arriving in Kazakhstan as part of a force sent at the request of President Kassym-Jomart "
        "Tokayev.",
        {("RUS", "support", "KAZ")},
    ),
    # the host of a ceremony meets those who did what it saw done (not a summit named as where another act was aimed)
    (
        "Ethiopian Prime Minister Abiy Ahmed and Eritrean President Isaias Afwerki signed a peace agreement in Jeddah on "
        "Sunday, at a ceremony hosted by King Salman of Saudi Arabia.",
        {("ERI", "cooperate", "ETH"), ("ERI", "meet", "ETH"), ("ETH", "meet", "SAU"), ("ERI", "meet", "SAU")},
    ),
    (
        "China summoned Japan's ambassador to protest against the G7's remarks at the Hiroshima summit, which Tokyo hosted.",
        {("CHN", "accuse", "G7"), ("CHN", "accuse", "JPN")},
    ),
    # a group's officials are its members' ("the Baltic states' ministers"), or the ones counted ("the two Gulf states'")
    (
        "The United Arab Emirates and Bahrain signed agreements with Israel on Tuesday, attended by the two Gulf states' "
        "foreign ministers.",
        {("ARE", "cooperate", "ISR"), ("BHR", "cooperate", "ISR")},
    ),
    (
        "The Baltic states' foreign ministers condemned Russia.",
        {("EST", "accuse", "RUS"), ("LVA", "accuse", "RUS"), ("LTU", "accuse", "RUS")},
    ),
    # "them" after a list in its sentence is the whole list
    (
        "Fiji expelled the top diplomats of Australia and New Zealand on Tuesday, accusing them of interfering in its judiciary.",
        {("FJI", "accuse", "AUS"), ("FJI", "accuse", "NZL"), ("FJI", "sanction", "AUS"), ("FJI", "sanction", "NZL")},
    ),
    # a community within a state is no state ("Serb forces" alone stay Serbia's)
    ("Putin received Bosnian Serb leader Milorad Dodik in Kazan on Wednesday.", set()),
    ("Turkish Cypriot leader Ersin Tatar met Erdogan in Ankara.", set()),
    ("Iraqi Kurdish leader Masoud Barzani visited Tehran.", set()),
    ("Serb forces shelled Sarajevo.", {("SRB", "attack", "BIH")}),
    ("The United States barred three top Albanian officials.", {("USA", "sanction", "ALB")}),
    (
        "St. Vincent Prime Minister Ralph Gonsalves met Venezuelan President Nicolas Maduro in Caracas.",
        {("VCT", "meet", "VEN")},
    ),
    # a capital's radio is its state's voice, as older wire copy names it ("Israeli media" are not)
    ("Hanoi radio accused China of aggression.", {("VNM", "accuse", "CHN")}),
    ("Moscow radio denounced the United States.", {("RUS", "accuse", "USA")}),
    ("Israeli media reported that Hamas fired rockets.", set()),
    # words after an attribution are its speaker's
    (
        "Djiboutian and Eritrean troops clashed on Tuesday at Ras Doumeira, Djibouti's government said, accusing Asmara of "
        "an unprovoked attack.",
        {("DJI", "attack", "ERI"), ("ERI", "attack", "DJI"), ("DJI", "accuse", "ERI")},
    ),
    # leaders who sign at a named building or a gathering meet there; a document signed is an agreement
    (
        "Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol signed an agreement at Camp David "
        "on Friday.",
        {("JPN", "cooperate", "KOR"), ("JPN", "meet", "KOR")},
    ),
    (
        "U.S. President Joe Biden and Chinese President Xi Jinping signed a document on climate cooperation.",
        {("CHN", "cooperate", "USA")},
    ),
    # a region's name is no state ("Central American" is not American); ties ended, or broken "in favour of" another
    (
        "Taiwan ended its 82-year diplomatic relationship with Honduras on Sunday after the Central American country severed "
        "ties with Taipei to establish relations with Beijing.",
        {("TWN", "sanction", "HND"), ("HND", "sanction", "TWN"), ("CHN", "cooperate", "HND")},
    ),
    (
        "Taiwan said on Friday it was ending diplomatic relations with Kiribati, days after the Solomon Islands broke with "
        "Taipei in favour of Beijing.",
        {("TWN", "sanction", "KIR"), ("SLB", "sanction", "TWN")},
    ),
    ("Britain broke with the United States over Iraq.", set()),
    ("Latin American leaders condemned the coup.", set()),
    # a list of measures the parser breaks with a verb ("asset freezes") is still the list
    (
        "The UN Security Council imposed an arms embargo, travel bans and asset freezes on Eritrea's leaders on Wednesday.",
        {("UNSC", "sanction", "ERI")},
    ),
    # one vows to retaliate for any act, not only an armed one
    (
        "Washington expelled 60 Russian diplomats on Monday, and Moscow said it would retaliate.",
        {("USA", "sanction", "RUS"), ("RUS", "threaten", "USA")},
    ),
    (
        "Finland joined NATO on Tuesday, and the Kremlin said Moscow would retaliate.",
        {("FIN", "cooperate", "NATO"), ("RUS", "threaten", "FIN")},
    ),
    # one in whose presence an act is done meets its doers (not troops present somewhere)
    (
        "Japan and South Korea signed the pact in the presence of U.S. President Joe Biden.",
        {("JPN", "cooperate", "KOR"), ("JPN", "meet", "USA"), ("KOR", "meet", "USA")},
    ),
    ("NATO condemned the presence of Russian troops in Belarus.", {("NATO", "accuse", "RUS")}),
    ("The talks were held in the presence of Russian troops.", set()),
    # a gathering stayed away from rejects who held it, or the other side of the talks
    (
        "Negotiations collapsed in February when Ethiopia skipped the final round convened by US Treasury Secretary Steven "
        "Mnuchin.",
        {("ETH", "reject", "USA")},
    ),
    ("Iran skipped talks with the United States.", {("IRN", "reject", "USA")}),
    ("Biden skipped lunch.", set()),
    # what is blamed "on" another is no target ("a bombing of a West Berlin discotheque"); a date is no preposition of sense
    (
        "U.S. warplanes bombed targets in Tripoli in retaliation for the bombing of a West Berlin discotheque that the Reagan "
        "administration has blamed on the government of Col. Moammar Gadhafi.",
        {("USA", "attack", "LBY"), ("USA", "accuse", "LBY")},
    ),
    ("Pakistan blamed India on Monday for the attack.", {("PAK", "accuse", "IND")}),
    # a quoted label is the label verb's, however the parser hung it ("the raid 'a ..." read as a possessive)
    (
        "Mexico broke off relations with Ecuador after Ecuadorean police raided its embassy, with President Andres Manuel "
        "Lopez Obrador calling the raid 'a flagrant violation of international law'.",
        {("MEX", "sanction", "ECU"), ("ECU", "attack", "MEX"), ("MEX", "accuse", "ECU")},
    ),
    # forces contributed to another's campaign aid it; an owned noun after "and" before a verb is its subject
    (
        "Saudi-led warplanes pounded Houthi positions around Sanaa for a second night on Friday, as Egypt and Jordan said "
        "they would contribute aircraft to the Saudi campaign and Iran's foreign ministry condemned the strikes.",
        {("SAU", "attack", "houthis"), ("EGY", "support", "SAU"), ("JOR", "support", "SAU"), ("IRN", "accuse", "SAU")},
    ),
    ("China contributed to tensions in the region.", set()),
    # guns fire for their state; vengeance vowed threatens; an act named again is judged in its doers
    (
        "North Korean artillery pounded the South Korean island of Yeonpyeong on Tuesday, and South Korean howitzers "
        "returned fire.",
        {("PRK", "attack", "KOR"), ("KOR", "attack", "PRK")},
    ),
    (
        "Hamas gunmen killed hundreds of people in an assault on southern Israeli towns on Saturday, and Prime Minister "
        "Benjamin Netanyahu vowed 'mighty vengeance'.",
        {("hamas", "attack", "ISR"), ("ISR", "threaten", "hamas")},
    ),
    (
        "The Trump administration suspended aid to Pakistan on Thursday, and Pakistan's foreign office said the move was "
        "'counterproductive'.",
        {("USA", "sanction", "PAK"), ("PAK", "accuse", "USA")},
    ),
    (
        "China said it was strongly dissatisfied with the decision by Washington and Seoul to deploy the THAAD system.",
        {("CHN", "accuse", "USA"), ("CHN", "accuse", "KOR")},
    ),
    ("Turkish Defense Minister Hulusi Akar reiterated that the S-400 poses no threat to NATO systems.", set()),
    # help that goes along with an act, naming no one, is for its doers (not help to do an act of one's own)
    ("Russia attacked Ukraine, with Belarus providing support.", {("RUS", "attack", "UKR"), ("BLR", "support", "RUS")}),
    (
        "Iran launched more than 300 drones and missiles at Israel overnight, with U.S., British and Jordanian forces "
        "helping to shoot down most of them.",
        {("IRN", "attack", "ISR")},
    ),
    # a sum received "in" aid is the aid received, and the aid's modifier gives it
    ("The Philippines accepted $2 billion in Chinese funding for the railway.", {("CHN", "support", "PHL")}),
    ("Egypt received $1.3 billion in U.S. military aid last year.", {("USA", "support", "EGY")}),
    # who leads an act does it ("the U.S.-led invasion"), as its modifiers do
    ("Iran condemned the U.S.-led invasion of Iraq.", {("IRN", "accuse", "USA"), ("USA", "attack", "IRQ")}),
    ("Russia denounced the NATO-led bombing of Yugoslavia.", {("RUS", "accuse", "NATO"), ("NATO", "attack", "SRB")}),
    # armed groups of earlier decades and longer wars are named (organizations.yaml); the PLO speaks for Palestine
    ("The Tamil Tigers attacked a Sri Lankan navy base in Trincomalee.", {("ltte", "attack", "LKA")}),
    ("Philippine soldiers killed 15 Abu Sayyaf gunmen in a clash on Jolo.", {("PHL", "attack", "abu_sayyaf")}),
    ("Israel and the PLO signed the Oslo Accords at the White House.", {("ISR", "cooperate", "PSE")}),
    # rulers "in" a capital are its state's, also when the parser hangs "in" on the verb; a participle with an object
    # is no visit where its object is
    ("France accused the military rulers in Niamey of obstructing the fight.", {("FRA", "accuse", "NER")}),
    (
        "French President Emmanuel Macron said on Thursday that France and its European partners would pull their troops"
        " out of Mali, accusing the junta in Bamako of obstructing the fight against jihadist groups.",
        {("FRA", "accuse", "MLI")},
    ),
    # fighters "linked" to a group are not its own
    ("Al Qaeda-linked JNIM militants attacked an army base in Djibo in northern Burkina Faso.", {("jnim", "attack", "BFA")}),
    # a statement or communique signed is an agreement; a Council called into session is no call
    (
        "Russian President Vladimir Putin, Azerbaijani President Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan"
        " signed a statement early on Tuesday to end six weeks of fighting over Nagorno-Karabakh.",
        {("ARM", "cooperate", "AZE"), ("ARM", "cooperate", "RUS"), ("AZE", "cooperate", "RUS")},
    ),
    ("Greece called the U.N. Security Council into emergency session.", set()),
    # what is struck near a town or a capital, or "in" it when the parser hangs the phrase on the verb, is on its state's
    # ground (a state nearby is not)
    ("Israeli warplanes struck military positions near Damascus overnight.", {("ISR", "attack", "SYR")}),
    ("Russian forces shelled villages outside Kharkiv.", {("RUS", "attack", "UKR")}),
    ("Turkish jets bombed Kurdish positions near Syria.", set()),
    # a bomb planted by agents is their state's weapon
    ("A bomb planted by North Korean agents killed 17 South Korean officials.", {("PRK", "attack", "KOR")}),
    # an act a relative clause judges is done by the subject of the verb that does it, also when the parser hangs the
    # clause on a date
    (
        "South Korea and the United States began joint drills on Monday, which Pyongyang condemned as a rehearsal for invasion.",
        {("KOR", "cooperate", "USA"), ("PRK", "accuse", "KOR"), ("PRK", "accuse", "USA")},
    ),
    ("Russia launched a missile strike, which Ukraine denounced as terror.", {("UKR", "accuse", "RUS")}),
    # remarks and comments rejected are their speaker's (made_things)
    (
        "Vance criticised Denmark on Friday. Copenhagen rejected the remarks as unfair.",
        {("USA", "accuse", "DNK"), ("DNK", "accuse", "USA"), ("DNK", "reject", "USA")},
    ),
    # countermeasures vowed with no one named answer another's act told before
    (
        "Finland joined NATO on Tuesday, and the Kremlin said Moscow would take countermeasures.",
        {("FIN", "cooperate", "NATO"), ("RUS", "threaten", "FIN")},
    ),
    # ground struck by one who backs its state in the same sentence is no attack on it
    (
        "Russian warplanes carried out their first air strikes in Syria on Wednesday in support of President Bashar"
        " al-Assad's government, hitting targets near Homs and Hama.",
        {("RUS", "support", "SYR")},
    ),
    # a clause under a negated verb of meaning is not told (implying_verbs); one under a verb of knowing still is
    ("Dacic said the agreement did not mean Belgrade recognised Kosovo's independence.", set()),
    # a resolution's topic is no maker of it ("the Iraq war resolution"); its drafter is
    ("France vowed to veto the Iraq war resolution.", set()),
    ("Russia vetoed a U.S. draft resolution.", {("RUS", "reject", "USA")}),
    # an ousted leader acts for no one
    ("Ousted Haitian President Jean-Bertrand Aristide accused the United States of forcing him from power.", set()),
    # a state news agency speaks for its state; news it reports is no charge of its own
    ("TASS denounced the U.S. landing in Grenada as an act of undeclared war.", {("RUS", "accuse", "USA")}),
    ("U.S. jets struck targets in Syria, Xinhua reported.", {("USA", "attack", "SYR")}),
    # "Soviets", "Uzbeks" are their state's people as "Russians" are; force called disproportionate is charged
    ("Soviets admit downing Korean jet, accuse U.S. of spy mission", {("RUS", "accuse", "USA")}),
    (
        "NATO Secretary-General Jaap de Hoop Scheffer said Russia's use of force had been disproportionate.",
        {("NATO", "accuse", "RUS")},
    ),
    # an envoy told or asked to leave is expelled
    ("Estonia told Russia's ambassador on Monday to leave the country by Feb. 7.", {("EST", "sanction", "RUS")}),
    ("Estonia asked Russia's ambassador about the visit.", set()),
    # a titled name of no known polity who speaks after the words speaks for their doer; a retired officer for no one
    (
        "Rwanda broke off diplomatic relations with France on Friday, Foreign Minister Charles Murigande said, accusing Paris"
        " of trying to rewrite history.",
        {("RWA", "sanction", "FRA"), ("RWA", "accuse", "FRA")},
    ),
    ("Retired Turkish admiral Cem Gurdeniz accused Egypt of acting against Turkey.", set()),
    # "the measures" name an embargo or sanctions again (act_kin), whoever acted last
    (
        "The U.N. General Assembly on Thursday condemned the U.S. economic embargo against Cuba, with Cuban Foreign Minister"
        " Bruno Rodriguez telling delegates the measures amounted to an act of economic war.",
        {("UN", "accuse", "USA"), ("USA", "sanction", "CUB"), ("CUB", "accuse", "USA")},
    ),
    # an act "threat of" names is threatened if the threat is someone's, and none if it is a standing danger
    ("Kenya has faced the ongoing threat of al-Shabab terrorist attacks since 2011.", set()),
    ("The threat of Russian attacks on Ukraine's power grid remains high, officials said.", set()),
    ("The United States renewed its threat of military action against Syria.", {("USA", "threaten", "SYR")}),
    # a "by" phrase hung on what an act befalls is the act's doers, not that place's makers
    (
        "Pakistan lodged a strong protest with Moscow over the bombing of a border village in the North West Frontier"
        " Province by Soviet and Afghan aircraft that killed at least 30 people.",
        {("PAK", "accuse", "RUS"), ("PAK", "accuse", "AFG"), ("RUS", "attack", "PAK"), ("AFG", "attack", "PAK")},
    ),
    # guests a host gathers meet each other too
    (
        "Angolan President Joao Lourenco hosted Congolese President Felix Tshisekedi and Rwandan President Paul Kagame in"
        " Luanda on Wednesday.",
        {("AGO", "meet", "COD"), ("AGO", "meet", "RWA"), ("COD", "meet", "RWA")},
    ),
    # trade "with" a state is that state's; an airlift of arms supports those it goes to; "resupplying" (lemma mended)
    ("The United States imposed an embargo on trade with Cuba.", {("USA", "sanction", "CUB")}),
    (
        "The Soviet Union has mounted a massive airlift of arms to Egypt and Syria, and the United States has begun"
        " resupplying Israel with tanks and aircraft.",
        {("RUS", "support", "EGY"), ("RUS", "support", "SYR"), ("USA", "support", "ISR")},
    ),
    # who hosted talks in a relative clause meets their parties
    (
        "Erdogan said Somalia and Ethiopia had agreed, after talks he hosted in Ankara, to work together.",
        {("ETH", "cooperate", "SOM"), ("ETH", "meet", "SOM"), ("ETH", "meet", "TUR"), ("SOM", "meet", "TUR")},
    ),
    # a signing the parser hangs past the agreement is the agreement's; a missile system hosted is no guest
    (
        "South Korea said it would reconsider its policy and expressed grave concern over a mutual defense treaty signed a"
        " day earlier by Russian President Vladimir Putin and North Korean leader Kim Jong Un in Pyongyang.",
        {("KOR", "accuse", "RUS"), ("KOR", "accuse", "PRK"), ("PRK", "cooperate", "RUS")},
    ),
    ("China condemned South Korea's decision to host a U.S. missile defense system.", {("CHN", "accuse", "KOR")}),
    # a decision told after a comma is its doer's act, welcomed as such (no guest)
    ("Japan lifted export curbs on South Korea, a decision Seoul welcomed.", {("JPN", "cooperate", "KOR")}),
    # a mission's work suspended in a state sanctions it, unless for safety or amid fighting
    ("Azerbaijan suspended the work of its embassy in Tehran on Sunday.", {("AZE", "sanction", "IRN")}),
    ("Britain temporarily suspended the operations of its embassy in Khartoum amid fighting.", set()),
    # a verb of speech after "and", hung on the clause said of a thing, is the speaker's; a vow to respond with no one
    # answered aims at whom its maker charged just before
    (
        "Russian Foreign Minister Sergei Lavrov said on Thursday that NATO's growing military activity in the Arctic was"
        " provocative and warned that Moscow would strengthen its Northern Fleet in response.",
        {("RUS", "accuse", "NATO"), ("RUS", "threaten", "NATO")},
    ),
    # "counter-measures" is one word (kept whole by the tokenizer, lemma mended)
    (
        "Finland formally joined NATO on Tuesday, and the Kremlin said Moscow would take counter-measures to ensure its own"
        " security.",
        {("FIN", "cooperate", "NATO"), ("RUS", "threaten", "FIN")},
    ),
    # a threat rebuffed is rejected (not charged) and was aimed at whom rebuffs it
    (
        "Prime Minister Abiy Ahmed dismissed Cairo's threats of military action over the dam.",
        {("ETH", "reject", "EGY"), ("EGY", "threaten", "ETH")},
    ),
    ("The EU condemned Russia's threats.", {("EU", "accuse", "RUS")}),
    # a massacre or banditry charged; "the landing" stands for the invasion told before
    ("Erdogan called the Israeli raid a massacre.", {("TUR", "accuse", "ISR")}),
    (
        "U.S. Marines invaded Grenada on Tuesday, and TASS denounced the landing as an act of banditry.",
        {("USA", "attack", "GRD"), ("RUS", "accuse", "USA")},
    ),
    # a pact signed in a clause joined to a meeting is signed with the one met
    (
        "Russian President Vladimir Putin met Georgian President Eduard Shevardnadze in Tbilisi on Thursday and signed a"
        " friendship treaty.",
        {("GEO", "meet", "RUS"), ("GEO", "cooperate", "RUS")},
    ),
    # a decision regretted is criticised (not one its maker does not regret)
    (
        "The leaders of Britain, France and Germany said they regretted the US decision.",
        {("GBR", "accuse", "USA"), ("FRA", "accuse", "USA"), ("DEU", "accuse", "USA")},
    ),
    ("Merkel said she did not regret her 2008 decision to block Ukraine's path to NATO membership.", set()),
    # a bare noun before a plural act read as a clause ("asset freezes") is that act's object; a land grab is charged
    ("President Barack Obama ordered asset freezes against seven senior Russian officials.", {("USA", "sanction", "RUS")}),
    ("Biden described Russia's actions as nothing more than a land grab.", {("USA", "accuse", "RUS")}),
    # those "meeting" somewhere, the participle read as a noun, act for whom they serve
    ("NATO foreign ministers meeting in Brussels suspended high-level contacts with Russia.", {("NATO", "sanction", "RUS")}),
    ("EU foreign ministers meeting in Brussels imposed travel bans on 21 officials from Russia.", {("EU", "sanction", "RUS")}),
    # a weapon a verb wields acts for the verb's subject ("that" in its relative clause too)
    ("Hamas fired a rocket that killed two Israelis.", {("hamas", "attack", "ISR")}),
    ("Russia launched a missile that hit a Ukrainian hospital.", {("RUS", "attack", "UKR")}),
    # who takes part in another's armed act does it too, and backs the one whose act it is
    (
        "Some 11,000 Cuban troops are taking part in Ethiopia's counteroffensive against Somali positions, Western"
        " intelligence sources said.",
        {("ETH", "attack", "SOM"), ("CUB", "attack", "SOM"), ("CUB", "support", "ETH")},
    ),
    # forces that act at a government's request back it (not those that leave at it)
    (
        "Senegalese troops flew into Banjul on Friday at the request of Gambian President Dawda Jawara to help put down an"
        " attempted coup.",
        {("SEN", "support", "GMB")},
    ),
    ("French troops pulled out of Mali at the request of the junta in Bamako.", set()),
    # an office of a titled name of no known polity, speaking after the words, speaks for their doer
    (
        "Jamaica broke off diplomatic relations with Cuba on Thursday, Prime Minister Edward Seaga's government said,"
        " accusing Havana of refusing to return three Jamaicans wanted for murder.",
        {("JAM", "sanction", "CUB"), ("JAM", "accuse", "CUB")},
    ),
    # a hostile act said of an agreement charges its parties
    (
        "Athens said the maritime accord between Tripoli and Ankara undermined regional stability.",
        {("LBY", "cooperate", "TUR"), ("GRC", "accuse", "LBY"), ("GRC", "accuse", "TUR")},
    ),
    # a capital's name ending a longer place name is no capital ("Mocimboa da Praia" is not Cape Verde's Praia)
    ("Mozambican forces recaptured the port town of Mocimboa da Praia from insurgents.", set()),
    # one whom the doer backs tells of the act without charging it
    (
        "Iraqi forces backed by U.S.-led coalition air strikes drove Islamic State militants out of the city, the Iraqi"
        " prime minister's office said.",
        {("IRQ", "attack", "isis"), ("USA", "support", "IRQ")},
    ),
    # a capital on a weapon is where it went off, not whose it was
    (
        "Investigators concluded that North Korean agents had planted the Rangoon bomb that killed 17 South Korean officials.",
        {("PRK", "attack", "KOR")},
    ),
    # sanctions called for or urged are asked of their owner, not in force; a U.N.-recognised government is not the U.N.
    ("Seoul called for tough U.N. sanctions against Pyongyang.", set()),
    ("The United States urged U.N. sanctions against Eritrea.", set()),
    ("The U.N.-recognised government accused the United Arab Emirates of arming Haftar's forces.", {("LBY", "accuse", "ARE")}),
    ("Russia and China vetoed a U.S.-sponsored resolution.", {("RUS", "reject", "USA"), ("CHN", "reject", "USA")}),
    # findings called false are rejected, not charged
    ("Pyongyang rejected Seoul's findings as a fabrication.", {("PRK", "reject", "KOR")}),
    # a craft's name acts as its kind does; targets "of" a group, positions held by it, are its
    ("The U.S. cruiser Vincennes shot down an Iranian airliner over the Gulf.", {("USA", "attack", "IRN")}),
    ("French jets struck positions held by Ansar Dine near Gao.", {("FRA", "attack", "ansar_dine")}),
    ("U.S. warplanes struck targets of the Houthi movement in Yemen.", {("USA", "attack", "houthis")}),
    # armies that sweep into a state, are at war or return fire attack
    ("Iraqi tanks swept into Kuwait before dawn.", {("IRQ", "attack", "KWT")}),
    ("Netanyahu said Israel was at war with Hamas.", {("ISR", "attack", "hamas"), ("hamas", "attack", "ISR")}),
    ("The militia is a key ally in the Washington-led war against Islamic State.", set()),
    ("Indian troops returned fire on Pakistani posts.", {("IND", "attack", "PAK")}),
    (
        "The United States condemned the Soviet Union's military intervention in Afghanistan.",
        {("RUS", "attack", "AFG"), ("USA", "accuse", "RUS")},
    ),
    ("France ruled out a military intervention in Niger.", set()),
    # arms sales halted are aid cut; a move rejected is its doer's
    ("The US suspended arms sales to China.", {("USA", "sanction", "CHN")}),
    ("The US imposed tariffs on China, and China rejected the move.", {("USA", "sanction", "CHN"), ("CHN", "reject", "USA")}),
    # a bare "both" is the pair told before
    (
        "Somalia broke off relations with Cuba and expelled Soviet advisers, accusing both of backing Ethiopia.",
        {("SOM", "sanction", "CUB"), ("SOM", "sanction", "RUS"), ("SOM", "accuse", "CUB"), ("SOM", "accuse", "RUS")},
    ),
    # a label in a clause on an act, "that" read as a mark; a label's "by" names the doer
    ("Ukraine launched drone strikes that Moscow branded terrorist attacks.", {("RUS", "accuse", "UKR")}),
    ("Iraq said the embargo was an act of war by the United States.", {("IRQ", "accuse", "USA")}),
    # the grounds of a ban are told, not banned; an act in defiance of another rejects it
    (
        "India banned dozens of Chinese apps over a clash between Indian and Chinese troops.",
        {("IND", "sanction", "CHN"), ("IND", "attack", "CHN"), ("CHN", "attack", "IND")},
    ),
    (
        "Putin signed a treaty annexing Crimea in defiance of the United States and the European Union.",
        {("RUS", "attack", "UKR"), ("RUS", "reject", "USA"), ("RUS", "reject", "EU")},
    ),
    ("Trump refused and asked for denuclearization before granting any relaxation of sanctions on North Korea.", set()),
    # an organ's own name acts for its state
    ("The Ministry of External Affairs said it regretted the steps announced by Pakistan.", {("IND", "accuse", "PAK")}),
    # two sides that sign at a venue meet each other, not its host; a visitor acting alone there visits it
    (
        "Angola's president and the UNITA leader signed a peace accord in Lisbon on Friday.",
        {("AGO", "cooperate", "unita"), ("AGO", "meet", "unita")},
    ),
    ("Marcos, in Hanoi, signed a maritime pact.", {("PHL", "meet", "VNM")}),
    (
        "The prime ministers of Greece and North Macedonia signed an agreement on Lake Prespa on Sunday.",
        {("GRC", "cooperate", "MKD"), ("GRC", "meet", "MKD")},
    ),
    # what a judge calls a thing doing, the thing does
    (
        "Washington condemned Venezuela's oil deal as propping up Havana's government.",
        {("USA", "accuse", "VEN"), ("VEN", "support", "CUB")},
    ),
    # bases housing another's troops are struck as theirs (not as their host's)
    (
        "Iran fired more than a dozen ballistic missiles at two air bases in Iraq housing U.S. troops on Wednesday.",
        {("IRN", "attack", "USA")},
    ),
    # a response at a time of one's choosing, retaliatory measures: threats; taking a state to a trade body: a charge
    (
        "Indian jets struck a camp in Pakistan, and Pakistan's army said it would respond at the time and place of its choosing.",
        {("IND", "attack", "PAK"), ("PAK", "threaten", "IND")},
    ),
    ("Moscow said it would take retaliatory measures against Podgorica.", {("RUS", "threaten", "MNE")}),
    (
        "The European Union said it would take the United States to the World Trade Organization over the law.",
        {("EU", "accuse", "USA")},
    ),
    (
        "The Organization of American States voted to deplore the U.S. military intervention in Panama.",
        {("OAS", "accuse", "USA"), ("USA", "attack", "PAN")},
    ),
    # borders closed with a state; the start of another's talks blocked; the grounds "over what it said was" a wrong
    ("The Dominican Republic ordered the closure of its border with Haiti.", {("DOM", "sanction", "HTI")}),
    ("Bulgaria blocked the start of North Macedonia's accession talks.", {("BGR", "reject", "MKD")}),
    (
        "Mogadishu cut ties with Nairobi over what it said was interference in Somalia's internal affairs.",
        {("SOM", "sanction", "KEN"), ("SOM", "accuse", "KEN")},
    ),
    # "had" holds both verbs: the ships did both (not the speaker), and not to their own boats
    (
        "Vietnam said Chinese ships had rammed and fired water cannon at its boats.",
        {("CHN", "attack", "VNM"), ("VNM", "accuse", "CHN")},
    ),
    # armoured columns and patrols are forces; "the five leaders" are the five named before; a peace plan signed is agreed
    (
        "Israeli armoured columns pushed north toward Beirut and clashed with Syrian troops in the Shouf mountains.",
        {("ISR", "attack", "SYR"), ("SYR", "attack", "ISR")},
    ),
    ("Tamil Tiger guerrillas ambushed an Indian army patrol near Jaffna, killing 12 soldiers.", {("ltte", "attack", "IND")}),
    (
        "Costa Rica's president met the presidents of Guatemala, Honduras, El Salvador and Nicaragua, and the five leaders"
        " signed a peace plan.",
        {("CRI", "meet", k) for k in ("GTM", "HND", "SLV", "NIC")}
        | {(a, "cooperate", b) for a, b in itertools.combinations(sorted(["CRI", "GTM", "HND", "SLV", "NIC"]), 2)},
    ),
    # support given to acts told before goes to their doers; a conjoined act's words do not bar this one's sense
    (
        "The US and Britain struck Houthi targets on Friday. The strikes were carried out with support from Australia and"
        " Canada.",
        {
            ("USA", "attack", "houthis"),
            ("GBR", "attack", "houthis"),
            ("AUS", "support", "USA"),
            ("AUS", "support", "GBR"),
            ("CAN", "support", "USA"),
            ("CAN", "support", "GBR"),
        },
    ),
    (
        "Japan banned all North Korean ships from its ports and prohibited imports from the North.",
        {("JPN", "sanction", "PRK")},
    ),
    # a criticism an act amounts to is its doer's, whatever the act asks for
    (
        "Putin demanded an end to hostilities, in the sharpest criticism of Washington by a Russian leader in years.",
        {("RUS", "accuse", "USA")},
    ),
    # what one deserves is not yet had; supplies talked about are not given; goods embargoed are no sale
    ("Erdogan said Ukraine deserved to become a member of NATO.", set()),
    ("Biden and Zelensky held talks on arms supplies.", {("UKR", "meet", "USA")}),
    ("President Jimmy Carter announced an embargo on grain sales to the Soviet Union.", {("USA", "sanction", "RUS")}),
    ("The EU imposed an embargo on Russian oil.", {("EU", "sanction", "RUS")}),
    # a second clause of a speech verb, after a comma and with no subject, is the speaker's own act
    (
        "Algeria's foreign ministry said the drone had violated its airspace, rejected Bamako's accusations as baseless"
        " and announced that it was closing its airspace.",
        {("DZA", "reject", "MLI"), ("MLI", "accuse", "DZA")},
    ),
    # leaders who sign in a town named "of" a place meet there
    (
        "The presidents of Argentina and Brazil signed a joint declaration in the border town of Foz do Iguacu.",
        {("ARG", "cooperate", "BRA"), ("ARG", "meet", "BRA")},
    ),
    # (release 48) a companion after the verb acts too; rebels named by a people are no state's; a capital inside a
    # person's name is no place
    (
        "Estonia, Latvia and Lithuania joined NATO on Monday along with Bulgaria and Romania.",
        {
            ("BGR", "cooperate", "NATO"),
            ("EST", "cooperate", "NATO"),
            ("LTU", "cooperate", "NATO"),
            ("LVA", "cooperate", "NATO"),
            ("NATO", "cooperate", "ROU"),
        },
    ),
    ("Syrian rebels attacked Turkish troops.", set()),
    ("Russian-backed rebels shelled Ukrainian positions.", set()),
    (
        "The foreign ministers of Argentina and Chile, Carlos Washington Pastor and Hernan Cubillos, signed an agreement "
        "in Montevideo.",
        {("ARG", "cooperate", "CHL"), ("ARG", "meet", "CHL")},
    ),
    # exercises "of" their doers; a charge "made" in a clause on it is its maker's; a label's "by" after "called X a Y"
    (
        "North Korea denounced the military exercises of the United States and South Korea.",
        {("PRK", "accuse", "USA"), ("PRK", "accuse", "KOR")},
    ),
    ("Iran rejected the accusations Washington made against it.", {("IRN", "reject", "USA"), ("USA", "accuse", "IRN")}),
    ("Ecuador called the incursion a violation of sovereignty by Bogota.", {("ECU", "accuse", "COL")}),
    # those who meet with another meet each other, unless apart; leaders holding talks with another too; the second
    # of two titled names hung on the first one's country; attendees of one ceremony meet
    ("Nigeria and Cameroon met with Kenya in Geneva.", {("CMR", "meet", "NGA"), ("KEN", "meet", "NGA"), ("CMR", "meet", "KEN")}),
    ("Macron and Scholz separately met Zelensky.", {("DEU", "meet", "UKR"), ("FRA", "meet", "UKR")}),
    (
        "Nigerian President Bola Tinubu and Cameroonian President Paul Biya held talks with Kenyan President William Ruto "
        "in Geneva.",
        {("CMR", "meet", "NGA"), ("CMR", "meet", "KEN"), ("KEN", "meet", "NGA")},
    ),
    ("Britain and France held separate talks with Iran.", {("FRA", "meet", "IRN"), ("GBR", "meet", "IRN")}),
    (
        "Presidents Levon Ter-Petrosyan of Armenia and Heydar Aliyev of Azerbaijan met in the Kremlin with Russian "
        "President Vladimir Putin.",
        {("ARM", "meet", "RUS"), ("ARM", "meet", "AZE"), ("AZE", "meet", "RUS")},
    ),
    (
        "Jordan and Israel signed a peace treaty in a ceremony attended by King Abdullah, Prime Minister Benjamin "
        "Netanyahu and U.S. President Joe Biden.",
        {("ISR", "cooperate", "JOR"), ("ISR", "meet", "JOR"), ("JOR", "meet", "USA"), ("ISR", "meet", "USA")},
    ),
    (
        "Greek Prime Minister Kyriakos Mitsotakis and his North Macedonian counterpart signed an agreement on the shores "
        "of Lake Prespa.",
        {("GRC", "cooperate", "MKD"), ("GRC", "meet", "MKD")},
    ),
    # words said together are no pact; an official sent is no aid; forces hit where they are hit no one else
    (
        "Mali, Burkina Faso and Niger said in a joint statement that ECOWAS had become a threat.",
        {("MLI", "accuse", "ECOWAS"), ("BFA", "accuse", "ECOWAS"), ("NER", "accuse", "ECOWAS")},
    ),
    ("Japan will send Economic Revitalisation Minister Ryosei Akazawa to Washington for talks.", set()),
    ("Iran fired missiles at U.S. forces at two air bases in Iraq.", {("IRN", "attack", "USA")}),
    # a demand told after a comma is its maker's, and the clause on it is no demand; "the two countries" named by their
    # leaders fight in arms; an answer vowed after another's act threatens its doer; an attack across a border with one
    ("Iraq ordered foreign embassies in Kuwait to close, a demand that Washington rejected.", {("USA", "reject", "IRQ")}),
    (
        "Abiy Ahmed and Isaias Afwerki signed a peace declaration, ending a border war the two countries fought for two years.",
        {("ERI", "cooperate", "ETH"), ("ETH", "attack", "ERI"), ("ERI", "attack", "ETH")},
    ),
    (
        "South Korea vowed to respond with overwhelming force to any further provocation after North Korean artillery "
        "shelled a frontline island.",
        {("KOR", "threaten", "PRK")},
    ),
    ("China launched a massive attack across its border with Vietnam.", {("CHN", "attack", "VNM")}),
    # a claim called unlawful is rejected; a second act hung on a clause of speech about its own target is the
    # speaker's; opposition voiced to a proposal rejects it (to a war it tells no one's act)
    (
        "Pompeo said most of Beijing's claims in the South China Sea were unlawful, and accused China of bullying.",
        {("USA", "reject", "CHN"), ("USA", "accuse", "CHN")},
    ),
    ("Jordan reiterated its opposition to the U.S. proposal.", {("JOR", "reject", "USA")}),
    ("China expressed strong opposition to the war.", set()),
    # armed groups of older wire copy; batteries rushed to another are aid; one who helps fend off an attack, with no
    # one helped named, is not its target
    ("Indonesian troops launched an assault on Fretilin forces in East Timor.", {("IDN", "attack", "fretilin")}),
    ("Ethiopian troops attacked the Islamic Courts Union.", {("ETH", "attack", "icu")}),
    ("Washington rushed Patriot missile batteries to Israel.", {("USA", "support", "ISR")}),
    ("Cuba airlifted arms to Ethiopia to help repel the Somali offensive.", {("CUB", "support", "ETH")}),
    # an inspector acts for the state that holds the post
    (
        "Russia's chief sanitary inspector banned imports of Georgian wine, in a move that Tbilisi denounced as political "
        "pressure.",
        {("RUS", "sanction", "GEO"), ("GEO", "accuse", "RUS")},
    ),
    # a high commission in the capital it is posted to visits no one
    (
        "The Indian High Commission in Colombo condemned the attack by Tamil Tiger guerrillas.",
        {("IND", "accuse", "ltte"), ("ltte", "attack", "LKA")},
    ),
    # an act done "in" sanctions is a sanction
    (
        "The EU and the US targeted Russian banks and oil in their toughest sanctions yet.",
        {("EU", "sanction", "RUS"), ("USA", "sanction", "RUS")},
    ),
    # a summit two leaders meet at is where they meet, not a party to it
    ("Modi met Putin at the SCO summit in Tianjin.", {("IND", "meet", "RUS")}),
    # who repels an assault fights its doer back (not one who withstands it, nor one deployed to help push one back)
    (
        "Angolan and Cuban forces repelled a major South African assault on Cuito Cuanavale.",
        {("ZAF", "attack", "AGO"), ("ZAF", "attack", "CUB"), ("AGO", "attack", "ZAF"), ("CUB", "attack", "ZAF")},
    ),
    ("Ukraine withstood a Russian assault on Kyiv.", {("RUS", "attack", "UKR")}),
    (
        "North Korean troops were deployed to Kursk to help Moscow push back a Ukrainian incursion.",
        {("PRK", "support", "RUS"), ("UKR", "attack", "RUS")},
    ),
    # states of the Cold War that ISO withdrew
    (
        "Soviet, Polish, Hungarian and Bulgarian troops poured into Czechoslovakia.",
        {("RUS", "attack", "CSK"), ("POL", "attack", "CSK"), ("HUN", "attack", "CSK"), ("BGR", "attack", "CSK")},
    ),
    ("East German leader Erich Honecker accused West Germany of interference.", {("DDR", "accuse", "DEU")}),
    # a subject the small model hangs in the phrase put first ("After talks in Minsk, Russia ...")
    ("After talks in Minsk, Russia and Ukraine agreed on a ceasefire.", {("RUS", "meet", "UKR"), ("RUS", "cooperate", "UKR")}),
    (
        "Following talks in Geneva, the leaders of France and Germany signed an accord.",
        {("DEU", "meet", "FRA"), ("DEU", "cooperate", "FRA")},
    ),
    # a past verb after "and" the small model takes for an adjective of its object
    (
        "The Arab League voted to suspend Syria's membership and threatened sanctions against Damascus.",
        {("ARAB_LEAGUE", "sanction", "SYR"), ("ARAB_LEAGUE", "threaten", "SYR")},
    ),
    # "the attack" told sentences after the last armed act is the story's first; an attack only vowed is none
    (
        "North Korea shelled Yeonpyeong Island, killing two South Korean marines. South Korean howitzers returned fire. "
        "Pyongyang said the South had fired first. The White House said the United States strongly condemned the attack.",
        {("PRK", "attack", "KOR"), ("KOR", "attack", "PRK"), ("USA", "accuse", "PRK")},
    ),
    (
        "U.S. warplanes bombed Tripoli. A Libyan statement vowed to hit back at American targets. Moscow condemned the raid.",
        {("USA", "attack", "LBY"), ("LBY", "threaten", "USA"), ("RUS", "accuse", "USA")},
    ),
    # a list of titled names the small model hangs on each other
    (
        "Putin hosted Iranian President Ebrahim Raisi and Turkish President Recep Tayyip Erdogan in Tehran.",
        {("IRN", "meet", "RUS"), ("RUS", "meet", "TUR"), ("IRN", "meet", "TUR")},
    ),
    # a named act's word in a list's later item ("all transport and postal links"); a boundary's "with" hung on the act
    ("Russia cut all transport and postal links with Georgia.", {("RUS", "sanction", "GEO")}),
    ("Chinese troops launched attacks along the border with Vietnam.", {("CHN", "attack", "VNM")}),
    # the last of a list of measures read as a verb, its clause hung on it
    (
        "The U.N. Security Council voted to impose an arms embargo, travel bans and asset freezes on Eritrea, accusing "
        "the government in Asmara of arming insurgents.",
        {("UNSC", "sanction", "ERI"), ("UNSC", "accuse", "ERI")},
    ),
    # an office holder whose title names no polity, in a clause joined to a state's
    (
        "Ecuador granted political asylum to Julian Assange, and Foreign Minister Ricardo Patino accused Britain of "
        "making a threat.",
        {("ECU", "accuse", "GBR")},
    ),
    # an executive order is a measure, not an armed act; declining to say turns no one down
    ("Obama signed an executive order targeting seven senior Russian officials.", {("USA", "sanction", "RUS")}),
    ("Japan asked China to release the captain. The spokesman declined to say whether Beijing would do so.", set()),
    # leaders of the 1960s and 1970s
    ("Premier Chou En-lai met Prime Minister Kakuei Tanaka in Peking.", {("CHN", "meet", "JPN")}),
    # diplomats expelled as spies are charged too (not for a spy another harmed)
    (
        "Poland expelled 45 Russian diplomats on suspicion of spying.",
        {("POL", "sanction", "RUS"), ("POL", "accuse", "RUS")},
    ),
    (
        "Montenegro said it would expel a Russian diplomat over the nerve agent attack on a former Russian spy.",
        {("MNE", "sanction", "RUS")},
    ),
    # an agreement torn up is a tie cut, no cooperation
    ("Iraq tore up its 1975 border agreement with Iran.", {("IRQ", "sanction", "IRN")}),
    # who ridicules another's act accuses its doer
    ("China ridiculed the American claims.", {("CHN", "accuse", "USA")}),
    # a sanction told by one it does not touch charges no one
    (
        "Turkey said it had halted the pipeline, and Japan has banned oil imports from Iraq.",
        {("JPN", "sanction", "IRQ")},
    ),
    ("Russia said the EU had imposed illegal sanctions on Moscow.", {("EU", "sanction", "RUS"), ("RUS", "accuse", "EU")}),
    # (a word told in a clause of time with its own subject is not the act's grounds)
    (
        "India expelled a senior Canadian diplomat in a tit-for-tat move, a day after Ottawa ordered out a top Indian "
        "intelligence official.",
        {("IND", "sanction", "CAN"), ("CAN", "sanction", "IND")},
    ),
    # the lower house of the U.S. Congress acts for the United States
    (
        "The U.S. House of Representatives voted to approve $100 million in military aid for the contra rebels.",
        {("USA", "support", "contras")},
    ),
    # a speaker who is no actor is what "it" in its words stands for
    (
        "Secretary of State Rex Tillerson urged the Gulf states to stay united. Qatar Airways said it had suspended all "
        "flights to Saudi Arabia.",
        set(),
    ),
    # leaders who sign in a named town meet, whatever the tagger takes the town for
    (
        "Colombian President Juan Manuel Santos and FARC commander Rodrigo Londono signed a peace accord in Cartagena.",
        {("COL", "cooperate", "farc"), ("COL", "meet", "farc")},
    ),
    # three titled names each hung on the one before ("Presidents X of A, Y of B and Z of C")
    (
        "Presidents Slobodan Milosevic of Serbia, Franjo Tudjman of Croatia and Alija Izetbegovic of Bosnia initialled a "
        "peace agreement at Wright-Patterson Air Force Base in Dayton.",
        {
            ("BIH", "cooperate", "HRV"),
            ("BIH", "cooperate", "SRB"),
            ("HRV", "cooperate", "SRB"),
            ("BIH", "meet", "HRV"),
            ("BIH", "meet", "SRB"),
            ("HRV", "meet", "SRB"),
        },
    ),
    # names of older copy: Persia and its Shah, Formosa
    ("The Shah of Persia met President Nixon.", {("IRN", "meet", "USA")}),
    ("Washington sold jets to Formosa.", {("USA", "support", "TWN")}),
    # a label said "like": "behaving like a war criminal", "acting like a bully" (not "like a responsible member")
    ("Erdogan told a rally in Istanbul that Israel was behaving like a war criminal.", {("TUR", "accuse", "ISR")}),
    ("Kyiv said Moscow behaved like a terrorist state.", {("UKR", "accuse", "RUS")}),
    ("The minister said Russia was acting like a responsible member of the Security Council.", set()),
    # money withheld from a body or a state is aid cut
    ("Israel withheld tax revenues from the Palestinian Authority.", {("ISR", "sanction", "PSE")}),
    ("The United States withheld funds from UNRWA.", {("USA", "sanction", "UNRWA")}),
    # a refusal to allow a state or body, however the parser hangs the negation (not a promise about an armed group)
    (
        "Imran Khan said his country would “absolutely not” allow the CIA to use bases on its soil.",
        {("PAK", "reject", "USA")},
    ),
    ("Turkey will not allow Sweden to join NATO, Erdogan said.", {("TUR", "reject", "SWE")}),
    ("Jordan allowed U.S. jets to use its airspace.", set()),
    ("The Taliban pledged not to allow al-Qaeda or any other group to use Afghan soil.", set()),
    # days of talks ended took place (not "ending two decades of hostility"); "it stands to reason" backs no one
    ("Russia and Ukraine ended three days of talks in Istanbul without a deal.", {("RUS", "meet", "UKR")}),
    ("Russia ended talks with Ukraine.", set()),
    (
        "Abiy Ahmed and Isaias Afwerki signed a declaration in Asmara formally ending two decades of hostility between "
        "their countries.",
        {("ERI", "cooperate", "ETH"), ("ERI", "meet", "ETH")},
    ),
    ("It stands to reason that Trump would seek a meeting with Kim.", set()),
    # "it" is one, not the list before it; an act barred is not done
    ("The council voted for the resolution, with Cuba and Yemen abstaining. It bars all members from buying oil.", set()),
    ("Washington barred Turkey from buying Russian S-400 missiles.", {("USA", "sanction", "TUR")}),
    # an agreement one will "no longer be bound by" is no tie; remarks rejected "as unacceptable" are their speaker's
    ("North Korea said it would no longer be bound by its safeguards agreement with the IAEA.", set()),
    (
        'India rejected as "completely unacceptable" remarks by Turkish President Tayyip Erdogan on Kashmir.',
        {("IND", "accuse", "TUR"), ("IND", "reject", "TUR")},
    ),
    # failing to agree, told by a mediator, charges no one; recognitions condemned are their makers'
    (
        "Albin Kurti and Aleksandar Vucic met in Brussels but failed to agree on a deal, EU foreign policy chief Josep "
        "Borrell said.",
        {("SRB", "meet", "XKX")},
    ),
    (
        "The United States and France recognised Kosovo on Monday, while Russia's Foreign Ministry condemned the "
        "recognitions as a blow to international law.",
        {("FRA", "support", "XKX"), ("USA", "support", "XKX"), ("RUS", "accuse", "FRA"), ("RUS", "accuse", "USA")},
    ),
    # forces landing on another's ground invade it (not to help, nor in drills); overseas territories are their state's
    ("Argentine troops landed on the Falkland Islands on Friday.", {("ARG", "attack", "GBR")}),
    ("Turkish troops landed on Cyprus on Saturday.", {("TUR", "attack", "CYP")}),
    ("Two Russian planes carrying 100 troops landed in Caracas on Saturday.", set()),
    ("U.S. Marines landed on beaches in the Philippines during joint exercises.", set()),
    ("Spain closed its border with Gibraltar.", {("ESP", "sanction", "GBR")}),
    # a warplane's model acts for its owner; a second teller joined to the first is no part of what the first said
    (
        "Turkish F-16s shot down a Russian Sukhoi Su-24 bomber near the Syrian border on Tuesday, and President Vladimir "
        'Putin called it "a stab in the back," warning of serious consequences for relations with Ankara.',
        {("TUR", "attack", "RUS"), ("RUS", "accuse", "TUR"), ("RUS", "threaten", "TUR")},
    ),
    (
        "Tokyo said on Tuesday it had completed the purchase of three of the islands, and China's Foreign Ministry warned "
        'that Japan would "bear all serious consequences."',
        {("CHN", "threaten", "JPN")},
    ),
    # a label after a clause of time is the main clause's (Ethiopia calls nothing here); a body telling of its
    # member's act charges no one
    (
        "Egypt warned that Cairo would take all measures after Ethiopia announced it had completed the fourth filling of "
        "the dam, calling the move a unilateral violation.",
        set(),
    ),
    ("Nato said three Yugoslav MiG-29 fighters had been shot down, one of them by a Dutch F-16.", {("NLD", "attack", "SRB")}),
    # "occupied Kuwait" after "and" is a place; joining states in a move is no tie (joining a body is)
    (
        "The European Community imposed an embargo on oil imports from Iraq and occupied Kuwait, joining the United "
        "States, Britain and France in moves to punish Baghdad.",
        {("EU", "sanction", "IRQ"), ("EU", "sanction", "KWT")},
    ),
    ("The European Community dispatched a troika of foreign ministers to Belgrade.", {("EU", "meet", "SRB")}),
    # an agreement welcomed is approval, not a welcome of its makers in person
    ("Russia and the United States signed a treaty. NATO welcomed the agreement.", {("RUS", "cooperate", "USA")}),
    # an agreement reached after talks with others is with them
    (
        "Libya agreed on Friday to dismantle its weapons programmes after nine months of secret talks with the United "
        "States and Britain.",
        {
            ("GBR", "cooperate", "LBY"),
            ("LBY", "cooperate", "USA"),
            ("GBR", "meet", "LBY"),
            ("LBY", "meet", "USA"),
            ("GBR", "meet", "USA"),
        },
    ),
    # insults and threats traded go each way
    (
        "Biden and Kim Jong Un traded insults and threats.",
        {("PRK", "accuse", "USA"), ("PRK", "threaten", "USA"), ("USA", "accuse", "PRK"), ("USA", "threaten", "PRK")},
    ),
    # an island or a coast named by its place is the state's ground
    ("North Korea shelled the island of Yeonpyeong.", {("PRK", "attack", "KOR")}),
    ("Turkish troops landed on the northern coast of Cyprus.", {("TUR", "attack", "CYP")}),
    # the bodies before the EU, the AU and the OSCE are theirs
    ("The European Community agreed on Saturday to impose a ban on all imports from Argentina.", {("EU", "sanction", "ARG")}),
    ("The Organisation of African Unity condemned Pretoria.", {("AU", "accuse", "ZAF")}),
    # a headline parsed with an agreement the object of a name, not of a verb, gives what it can (it had failed)
    ("Sadat and Begin Sign Accords on Mideast Peace Framework", set()),
    # one who joins a hostile act does it too, on whom it was aimed (and a side that tells of it charges no one)
    (
        "The United States launched air strikes against Islamic State fighters in Syria, with Saudi Arabia and Jordan"
        " joining the raids, the Pentagon said.",
        {("USA", "attack", "isis"), ("SAU", "attack", "isis"), ("JOR", "attack", "isis")},
    ),
    ("Britain joined the sanctions against Russia.", {("GBR", "sanction", "RUS")}),
    # "who" after a place is the people named before it; "its"/"their" after an unknown force is that force's
    (
        "Reagan raised the presence of Soviet troops in Afghanistan, who invaded the country in December 2020.",
        {("RUS", "attack", "AFG")},
    ),
    (
        "NATO condemned the Yugoslav army. The federal army and Serb irregulars kept up their siege of Vukovar in Croatia.",
        {("NATO", "accuse", "SRB")},
    ),
    # "they" said to harm after an act named is the act; "they" of speakers who are no actors is no one
    (
        "U.S. warships fired cruise missiles at camps in Afghanistan. The Taliban condemned the strikes and said they had killed"
        " 21 people.",
        {("USA", "attack", "AFG"), ("AFG", "accuse", "USA")},
    ),
    ("Saudi Arabia cut ties with Qatar. Etihad and flydubai said they would halt flights to Doha.", {("SAU", "sanction", "QAT")}),
    # an act named by a word of its kin is that act
    (
        "The United States expelled two Russian diplomats. Moscow condemned the expulsion.",
        {("USA", "sanction", "RUS"), ("RUS", "accuse", "USA")},
    ),
    # a name hung as a modifier on the verb right after it is its subject; an adjective object after its article a noun
    (
        "Turkey massed troops on the Syrian border on Friday and warned Damascus it would face military action.",
        {("TUR", "threaten", "SYR")},
    ),
    ("Ethiopian forces launched a major offensive deep inside Eritrea on Friday.", {("ETH", "attack", "ERI")}),
    # an arrest warrant sought or issued for a leader charges the leader's state
    (
        "The International Criminal Court issued an arrest warrant for Sudanese President Omar al-Bashir.",
        {("ICC", "accuse", "SDN")},
    ),
    (
        "North Korea carried out a nuclear test, and Japan's prime minister called the test unforgivable.",
        {("JPN", "accuse", "PRK")},
    ),
    # an act held through another preposition is not what the clause's verb does ("support for those behind the attacks")
    (
        "Pakistan pledged full support to the United States in its hunt for those behind the attacks on New York.",
        {("PAK", "support", "USA")},
    ),
    # what one calls an act is the act told before; a threat to "any country" names no one; declining to name is no refusal
    (
        "Russia invaded Ukraine on Thursday. Biden condemned what he called an unprovoked and unjustified attack.",
        {("RUS", "attack", "UKR"), ("USA", "accuse", "RUS")},
    ),
    (
        "Russia invaded Ukraine. Putin warned that any country that tried to interfere would face consequences.",
        {("RUS", "attack", "UKR")},
    ),
    ("Russia attacked Ukraine. China declined to describe Russia's actions as an invasion.", {("RUS", "attack", "UKR")}),
    # "two separatist republics" are new, not the two named before
    (
        "Russia attacked Ukraine. On Monday Putin recognised the independence of two self-proclaimed separatist republics there.",
        {("RUS", "attack", "UKR")},
    ),
    # a plural the model tags a verb but hangs as the object is a noun ("asset freezes")
    (
        "On Monday, the United States and the European Union imposed asset freezes and travel bans on Russian and Crimean"
        " officials, and Washington said more sanctions were being prepared.",
        {("USA", "sanction", "RUS"), ("EU", "sanction", "RUS")},
    ),
    # two who pledge together to work together cooperate; "world powers led by" one are that one
    (
        "Kim Jong Un and Moon Jae-in pledged to work for the complete denuclearisation of the Korean peninsula.",
        {("KOR", "cooperate", "PRK")},
    ),
    ("Britain and France pledged 100 million euros for Ukraine.", {("FRA", "support", "UKR"), ("GBR", "support", "UKR")}),
    (
        "Iran and world powers led by the United States reached a historic nuclear deal in Vienna after 17 days of talks.",
        {("IRN", "cooperate", "USA"), ("IRN", "meet", "USA")},
    ),
    # strikes "across" a state "in retaliation against" a group are aimed at the group
    (
        "U.S. and British warplanes launched dozens of air strikes across Yemen overnight in retaliation against Iran-backed"
        " Houthi forces.",
        {("USA", "attack", "houthis"), ("GBR", "attack", "houthis"), ("IRN", "support", "houthis")},
    ),
    # "they" said by a list is the list, and "it" said by a state the model takes for a person is the state
    (
        "Mali, Burkina Faso and Niger announced on Sunday that they were leaving ECOWAS.",
        {("MLI", "sanction", "ECOWAS"), ("BFA", "sanction", "ECOWAS"), ("NER", "sanction", "ECOWAS")},
    ),
    ("Mali said it was leaving ECOWAS.", {("MLI", "sanction", "ECOWAS")}),
    # an act that "threatened to upend" a system risks it: no one threatens
    (
        "Trump announced new tariffs on goods from the European Union, in a move that threatened to upend the trading system.",
        {("USA", "sanction", "EU")},
    ),
    # "the two countries" are the two named before in their sentence; a negation however hung; "any breach" names no one
    (
        "Japan and Vietnam signed a pact. During Trump's first term, China retaliated against U.S. tariffs, but the two"
        " countries signed a trade deal in January 2020.",
        {("JPN", "cooperate", "VNM"), ("CHN", "sanction", "USA"), ("CHN", "cooperate", "USA")},
    ),
    ('Biden said Washington would "never, never, never" recognise Russia\'s claims.', {("USA", "reject", "RUS")}),
    ("Iran blamed Israel for the strike. Israel neither confirmed nor denied responsibility.", {("IRN", "accuse", "ISR")}),
    ("Russia and Ukraine signed the deal. Ukraine warned that it would respond to any breach.", {("RUS", "cooperate", "UKR")}),
    # an Iraqi militia is not Lebanon's Hezbollah
    (
        "U.S. air strikes on Kataib Hezbollah bases in Iraq and Syria killed 25 of its fighters.",
        {("USA", "attack", "kataib_hezbollah")},
    ),
    # juntas said to rule states are those states'
    (
        "The military juntas ruling Mali, Burkina Faso and Niger said on Sunday they were withdrawing from ECOWAS. The juntas"
        " have also forged closer military ties with Russia.",
        {
            ("MLI", "sanction", "ECOWAS"),
            ("BFA", "sanction", "ECOWAS"),
            ("NER", "sanction", "ECOWAS"),
            ("MLI", "cooperate", "RUS"),
            ("BFA", "cooperate", "RUS"),
            ("NER", "cooperate", "RUS"),
        },
    ),
    ("The junta in Myanmar rejected the ASEAN plan.", {("MMR", "reject", "ASEAN")}),
    # a conjoined clause with its own passive subject takes no doer from the first ("all were shot down with help from")
    (
        "Iran launched more than 300 drones and missiles at Israel overnight, but almost all were shot down with help from"
        " the United States, Britain and Jordan.",
        {("IRN", "attack", "ISR")},
    ),
    # a passive conjoined to a clause is done to that clause's subject
    (
        "Russia invaded Ukraine and was condemned by the United Nations.",
        {("RUS", "attack", "UKR"), ("UN", "accuse", "RUS")},
    ),
    ("North Korea fired a missile and was criticised by Japan.", {("JPN", "accuse", "PRK")}),
    # missiles "fired from U.S. warships" are the warships' owner's (and a participle the model makes the subject describes)
    ("Cruise missiles fired from U.S. warships struck targets near Belgrade.", {("USA", "attack", "SRB")}),
    # sanctions imposed with no target punish the last armed act's doer (not sanctions only violated)
    ("Russia invaded Ukraine. The United States imposed sanctions.", {("RUS", "attack", "UKR"), ("USA", "sanction", "RUS")}),
    (
        "Russia invaded Ukraine. North Korea is seeking military assistance from Russia, which would violate U.N. sanctions.",
        {("RUS", "attack", "UKR")},
    ),
    # a response to "any" attack aims at the one charged in its sentence
    (
        "Syria accused the United States of becoming a party to the Lebanese civil war, and warned that Damascus would respond"
        " to any attack on Syrian forces in Lebanon.",
        {("SYR", "accuse", "USA"), ("SYR", "threaten", "USA")},
    ),
    # regret of an act is a charge against its doer, named or told before (not regret of a loss)
    ("Japan strongly regrets Pakistan's nuclear tests.", {("JPN", "accuse", "PAK")}),
    ("Russia invaded Ukraine on Thursday. Germany regretted the invasion.", {("RUS", "attack", "UKR"), ("DEU", "accuse", "RUS")}),
    ("Israel bombed Gaza, and the U.N. chief said he deeply regretted the loss of life.", {("ISR", "attack", "PSE")}),
    # "it" after a judgement of an act is that act (its doer judged again), after a judgement of an actor the judgement
    (
        "The United States struck Iraq on Thursday. France regretted the action, and Putin called it a big political mistake.",
        {("USA", "attack", "IRQ"), ("FRA", "accuse", "USA"), ("RUS", "accuse", "USA")},
    ),
    (
        "Germany criticised Russia's annexation of Crimea. Moscow called it interference.",
        {("DEU", "accuse", "RUS"), ("RUS", "accuse", "DEU")},
    ),
    # an act noun beside a clause sums it up: who judges the noun judges the clause's doer
    (
        "Russian border guards seized three Ukrainian navy vessels off Crimea on Sunday, in a sharp escalation that Kiev "
        "called an act of armed aggression.",
        {("RUS", "attack", "UKR"), ("UKR", "accuse", "RUS")},
    ),
    (
        "China fired ballistic missiles into waters around Taiwan on Thursday, a show of force that Japan protested after "
        "five missiles landed in its exclusive economic zone.",
        {("JPN", "accuse", "CHN")},
    ),
    (
        "Ecuadorean police stormed the Mexican embassy in Quito, a raid Mexican President Andres Manuel Lopez Obrador called "
        "an 'authoritarian act'.",
        {("ECU", "attack", "MEX"), ("MEX", "accuse", "ECU")},
    ),
    # a downing is an attack on the craft's owner, when the doer is named; a reoccupation one on the place's
    ("The downing of a Russian warplane by Turkey angered Moscow.", {("TUR", "attack", "RUS")}),
    ("The downing of MH17 killed 298 people.", set()),
    ("Germany condemned Israel's reoccupation of West Bank cities.", {("DEU", "accuse", "ISR"), ("ISR", "attack", "PSE")}),
    # a state's alignment in a participle is a tie, as its backing is support
    (
        "Yemen's Iran-aligned Houthi movement claimed responsibility for drone attacks on Saturday.",
        {("IRN", "cooperate", "houthis")},
    ),
    ("Saudi-aligned media criticised Qatar.", set()),
    # force licensed unless another acts is an ultimatum to it (not a licence with no force)
    (
        "NATO authorised air strikes against Serbia on Tuesday unless Milosevic withdraws his forces from Kosovo.",
        {("NATO", "threaten", "SRB")},
    ),
    (
        "The Security Council authorised member states to use all necessary means against Iraq unless it pulls out of Kuwait.",
        {("UNSC", "threaten", "IRQ")},
    ),
    ("Parliament approved the budget unless the president objects.", set()),
    # days given to leave a state or face force are an ultimatum, not an expulsion
    ("Bush gave Saddam and his sons 48 hours on Monday to leave Iraq or face military action.", {("USA", "threaten", "IRQ")}),
    ("Russia gave American diplomats 72 hours to leave the country.", {("RUS", "sanction", "USA")}),
    # sanctions taken with no target in a clause joined to an act on someone punish that one
    (
        "ECOWAS leaders gave Niger's junta one week to reinstate Bazoum or face possible military intervention, and imposed "
        "sanctions including a halt to financial transactions.",
        {("ECOWAS", "threaten", "NER"), ("ECOWAS", "sanction", "NER")},
    ),
    # delegates are their state's officials, as negotiators are
    ("Israeli and Syrian delegates traded accusations on Friday.", {("ISR", "accuse", "SYR"), ("SYR", "accuse", "ISR")}),
    # any act one threatens or vows on another's act threatens that other
    (
        "Iran threatened on Tuesday to stop the flow of oil through the Strait of Hormuz if the United States and the European "
        "Union imposed sanctions on its crude exports.",
        {("IRN", "threaten", "USA"), ("IRN", "threaten", "EU")},
    ),
    ("China vowed to retaliate if the United States raised tariffs.", {("CHN", "threaten", "USA")}),
    # a rebuff or a snub to someone rejects them
    ("In a snub to Washington, India bought Russian oil.", {("IND", "reject", "USA"), ("IND", "cooperate", "RUS")}),
    (
        "The U.N. General Assembly passed a resolution declaring Crimea's referendum invalid, in a rebuff to Russia.",
        {("UN", "reject", "RUS")},
    ),
    # a deal struck is no strike; hunting down or going after an armed group, vowed, threatens it
    (
        "Iran struck a deal with the United States and Britain on Tuesday.",
        {("GBR", "cooperate", "IRN"), ("IRN", "cooperate", "USA")},
    ),
    ("Kenya vowed to hunt down al-Shabaab.", {("KEN", "threaten", "al_shabaab")}),
    ("Israel will go after Hamas leaders wherever they are, Netanyahu said.", {("ISR", "threaten", "hamas")}),
    ("The Ukrainian president will go to Paris after the summit.", {("FRA", "meet", "UKR")}),
    # those who would suffer attacks are their targets, not each other's attackers, and a condition on them is no ultimatum
    (
        "Al-Shabaab warned that Kenya and Ethiopia would suffer more attacks unless they pulled their troops out.",
        {("al_shabaab", "threaten", "KEN"), ("al_shabaab", "threaten", "ETH")},
    ),
    # an armed group's spokesman in the capital of the state it fights visits no one
    ("An al-Shabaab spokesman told reporters in Mogadishu that the group would keep fighting.", set()),
    # the sides of a truce are who signed it, not who brokered it
    (
        "Sudan's army and the RSF signed a truce after talks brokered by Saudi Arabia and the United States. Fighting between "
        "both sides had killed thousands.",
        {
            ("SAU", "meet", "SDN"),
            ("SAU", "meet", "rsf"),
            ("SDN", "cooperate", "rsf"),
            ("SDN", "meet", "rsf"),
            ("SDN", "meet", "USA"),
            ("USA", "meet", "rsf"),
            ("SDN", "attack", "rsf"),
            ("rsf", "attack", "SDN"),
        },
    ),
    # a war a ceasefire is called for in is no war threatened; holding off an act does not do it
    ("The Security Council called for a ceasefire in Iran's war with Iraq.", {("IRN", "attack", "IRQ")}),
    ("Israel held off retaliating against Iraq.", set()),
    # what is sent goes where the phrase under its object says; "it" defended is the one sent to
    ("Germany rushed two batteries of air defence missiles operated by German crews to Poland.", {("DEU", "support", "POL")}),
    (
        "Washington sent fighter jets to Israel to help defend it against Iranian attacks.",
        {("USA", "support", "ISR"), ("IRN", "attack", "ISR")},
    ),
    # a visa granted, weapons handed over to someone's control, are no aid
    ("The United States granted a visa to Taiwan's president.", set()),
    ("Serbia agreed to hand its heavy weapons over to U.N. control.", set()),
    # a halt or suspension of imports punishes where they come from
    ("The United States ordered a halt to imports of Iranian oil.", {("USA", "sanction", "IRN")}),
    ("Japan announced a suspension of imports from North Korea.", {("JPN", "sanction", "PRK")}),
    # no choice but to act is acting, by the one with no choice
    ("Washington had no choice but to impose sanctions on Pakistan.", {("USA", "sanction", "PAK")}),
    # a body's member states counted in full are the body
    ("The EU's 27 member states agreed to impose sanctions on Belarus.", {("EU", "sanction", "BLR")}),
    # what one calls a protest or cites as subversion is read as if named outright
    ("Beijing lodged what it called a strong protest with Tokyo.", {("CHN", "accuse", "JPN")}),
    (
        "Saudi Arabia broke relations with Iran, citing what it called Iranian subversion.",
        {("SAU", "sanction", "IRN"), ("SAU", "accuse", "IRN")},
    ),
    # a person praised by pronoun is the one named before
    ("Modi met Albanese in Sydney. Albanese praised him.", {("AUS", "meet", "IND"), ("AUS", "cooperate", "IND")}),
    # what something could see happen is only possible
    ("A second Trump term could see Washington cut off military aid to Ukraine.", set()),
    # an autonomous republic is a region, no state
    ("Milorad Dodik, president of Bosnia's autonomous Serb Republic, met Vladimir Putin in Kazan.", set()),
    # a case launched at a court or a body is no attack on it
    ("The European Union launched a case against China at the World Trade Organization.", {("EU", "accuse", "CHN")}),
    # "a U.S. ally" is another than the United States
    (
        "Israel struck Hamas leaders in Doha, in an attack on a close U.S. ally that Qatar described as state terrorism.",
        {("ISR", "attack", "hamas")},
    ),
    # a name set off by a relative clause is the subject of the verb after it
    (
        "Saudi Arabia launched strikes in support of Hadi, and Iran, which Riyadh accuses of arming the rebels, called the "
        "action a dangerous step.",
        {("IRN", "accuse", "SAU"), ("SAU", "accuse", "IRN")},
    ),
    # strikes on each other's bases are each side's on the other
    (
        "India and Pakistan launched missile strikes on each other's military bases.",
        {("IND", "attack", "PAK"), ("PAK", "attack", "IND")},
    ),
    # those "with" whom an act is done, "taking part", do it too
    (
        "The United States launched air strikes against Islamic State, with Jordan and Saudi Arabia taking part.",
        {("USA", "attack", "isis"), ("JOR", "attack", "isis"), ("SAU", "attack", "isis")},
    ),
    # what one is said to regret in a clause on an act is that act
    (
        "Washington pulled out of the deal, a decision that Britain, France and Germany said they regretted.",
        {("GBR", "accuse", "USA"), ("FRA", "accuse", "USA"), ("DEU", "accuse", "USA")},
    ),
    # a treaty (that) two signed is theirs; a treaty signed is no act its critic does
    ("Seoul criticised a treaty that Russia and North Korea signed.", {("KOR", "accuse", "RUS"), ("KOR", "accuse", "PRK")}),
    (
        "Seoul had grave concerns about a treaty signed by Russia and North Korea.",
        {("KOR", "accuse", "RUS"), ("KOR", "accuse", "PRK"), ("PRK", "cooperate", "RUS")},
    ),
    # "the neighbours" are the pair named before, not the pair who mediated
    (
        "Pakistan and Afghanistan agreed to a ceasefire after talks mediated by Qatar and Turkey, following clashes between "
        "the neighbours.",
        {
            ("AFG", "cooperate", "PAK"),
            ("AFG", "meet", "PAK"),
            ("AFG", "meet", "QAT"),
            ("PAK", "meet", "QAT"),
            ("AFG", "meet", "TUR"),
            ("PAK", "meet", "TUR"),
            ("AFG", "attack", "PAK"),
            ("PAK", "attack", "AFG"),
        },
    ),
    # an armed noun held by no verb does not stop the sentence's extraction
    (
        "Armenia and Azerbaijan agreed to a truce after four days of missile and drone strikes on each other's positions, "
        "Russia said.",
        {("ARM", "cooperate", "AZE")},
    ),
    # whoever is under sanctions is their target
    ("Iran has been under U.S. sanctions since 2019.", {("USA", "sanction", "IRN")}),
    # sanctions a clause on them says were imposed are the imposer's on whom they were imposed
    (
        "China condemned the sanctions that the United States imposed on Iran.",
        {("CHN", "accuse", "USA"), ("USA", "sanction", "IRN")},
    ),
    ("Russia's economy was hurt by sanctions the European Union imposed on Moscow.", {("EU", "sanction", "RUS")}),
    # a declaration welcomed is no meeting with those who signed it
    (
        "North Korea and South Korea signed a joint declaration. The United States welcomed the declaration.",
        {("KOR", "cooperate", "PRK")},
    ),
    # "other world powers" are not the pair named before
    (
        "The United States and Iran held talks, and Washington said it would keep working with other world powers.",
        {("IRN", "meet", "USA")},
    ),
    # a price exacted from someone, said to come, threatens them; revenge exacted is an attack; a toll is neither
    ("Israel would exact a heavy price from Iran, Netanyahu said.", {("ISR", "threaten", "IRN")}),
    ("Israel exacted revenge on Hezbollah.", {("ISR", "attack", "hezbollah")}),
    ("The war exacted a heavy toll on Ukraine's economy.", set()),
    # a border closed to another's freight punishes it
    ("France closed its border to freight from Britain for 48 hours.", {("FRA", "sanction", "GBR")}),
    # what one asked for is one's own, whatever its word
    ("France refused to accept the cuts that London had demanded.", {("FRA", "reject", "GBR")}),
    # the independence one declared is one's own
    ("Serbia would not recognise the independence that Kosovo declared.", {("SRB", "reject", "XKX")}),
    # another's craft turned back is rejected (not forces turned back in a fight)
    ("Colombia turned back two U.S. military planes carrying deported migrants.", {("COL", "reject", "USA")}),
    # striking sites makes no deal: "the deal" is not the striker's
    (
        "Israel has warned that it could strike Iranian sites. Washington pulled out of the 2015 nuclear deal between Iran "
        "and world powers.",
        {("ISR", "threaten", "IRN")},
    ),
    # "him" after an envoy named by office is that envoy's state
    (
        "Bolivia expelled Washington's envoy a day earlier, accusing him of conspiring with opposition governors.",
        {("BOL", "sanction", "USA"), ("BOL", "accuse", "USA")},
    ),
    # arms or money poured into someone aid it; troops poured into a country invade it
    ("Moscow poured arms into the Kabul government.", {("RUS", "support", "AFG")}),
    ("Iraqi tanks poured into Kuwait.", {("IRQ", "attack", "KWT")}),
    # days given to vacate a base expel; another's base or supply routes closed punish it
    ("Uzbekistan has given the United States 180 days to vacate the air base.", {("UZB", "sanction", "USA")}),
    ("Kyrgyzstan's parliament voted to close the U.S. air base at Manas.", {("KGZ", "sanction", "USA")}),
    ("Pakistan shut NATO supply routes into Afghanistan.", {("PAK", "sanction", "NATO")}),
    ("Russia closed its naval base in Syria.", set()),
    # "them" inside a clause on sanctions is whom they were imposed on, not the sanctions; complaining of an act charges
    # its doer
    (
        "Mali and Niger complained of the sanctions that ECOWAS had imposed on them.",
        {("ECOWAS", "sanction", "MLI"), ("ECOWAS", "sanction", "NER"), ("MLI", "accuse", "ECOWAS"), ("NER", "accuse", "ECOWAS")},
    ),
    ("Manila complained of harassment by Chinese vessels.", {("PHL", "accuse", "CHN")}),
    # what one describes as a warning to others threatens them
    (
        "Beijing described the drills as a stern warning to Taipei and Washington.",
        {("CHN", "threaten", "TWN"), ("CHN", "threaten", "USA")},
    ),
    # days given to one named with its place are an ultimatum to it
    ("ECOWAS leaders gave the military junta in Niger one week to reinstate Bazoum.", {("ECOWAS", "threaten", "NER")}),
    # "it" that acts is not a thing named only as an object before it
    (
        "Japan says all claims were settled under a 1965 treaty, and it has rejected Seoul's proposal for a fund.",
        {("JPN", "reject", "KOR")},
    ),
    # striking "at" a target; what one cites "and what it called" an offence
    ("Iranian jets struck back at targets in Baghdad and Basra on Tuesday.", {("IRN", "attack", "IRQ")}),
    (
        "Saudi Arabia broke relations with Iran, citing the sacking of its embassy and what it called Iranian subversion.",
        {("SAU", "sanction", "IRN"), ("SAU", "accuse", "IRN")},
    ),
    # guerrillas named by their organisation are its own (not a state's people: "Syrian rebels")
    ("PLO guerrillas attacked Israeli troops.", {("PSE", "attack", "ISR")}),
    ("Syrian rebels attacked Israeli troops.", set()),
    # a charge called unjustified is rejected, not charged back
    ("Beijing called the U.S. accusations unjustified.", {("CHN", "reject", "USA"), ("USA", "accuse", "CHN")}),
    # a span of fighting a truce would halt took place; sides that fought clashes fought each other (past wars are history)
    (
        "Israel and Hamas agreed to a ceasefire that would halt 15 months of fighting between the two sides in Gaza.",
        {("ISR", "cooperate", "hamas"), ("ISR", "attack", "hamas"), ("hamas", "attack", "ISR")},
    ),
    (
        "Armenia and Azerbaijan fought heavy clashes over Nagorno-Karabakh on Sunday.",
        {("ARM", "attack", "AZE"), ("AZE", "attack", "ARM")},
    ),
    ("India and Pakistan have fought three wars since 1947.", set()),
    # a deal one acts "under" is in force, whatever the act's own mood
    (
        "Iran said it would suspend enrichment under a deal with Britain, France and Germany.",
        {("DEU", "cooperate", "IRN"), ("FRA", "cooperate", "IRN"), ("GBR", "cooperate", "IRN")},
    ),
    # a capital named by its state, after "of" or by a demonym, is its state's ground
    ("Israel bombed the capital of Syria.", {("ISR", "attack", "SYR")}),
    ("Ethiopian jets bombed the airport in the Eritrean capital Asmara on Friday.", {("ETH", "attack", "ERI")}),
    ("Kenyan police arrived in the capital of Haiti on Tuesday.", {("KEN", "support", "HTI")}),
    # what is given with no one named goes to whoever uses it (not to whoever shoots it down)
    (
        "Russia attacked Kyiv with swarms of drones supplied by Iran on Monday.",
        {("IRN", "support", "RUS"), ("RUS", "attack", "UKR")},
    ),
    ("Russia used drones that Iran supplied.", {("IRN", "support", "RUS")}),
    ("Ukraine shot down the drones with missiles supplied by the United States.", {("USA", "support", "UKR")}),
    # "the Jewish state" is Israel
    (
        "Iraq fired missiles at Israel, and a spokesman said the Jewish state reserved the right to respond.",
        {("IRQ", "attack", "ISR"), ("ISR", "threaten", "IRQ")},
    ),
    # amends one is asked to make charge whoever is asked (an apology offered charges no one)
    (
        "China demanded that the United States take full responsibility and apologize for the collision.",
        {("CHN", "accuse", "USA")},
    ),
    ("Seoul urged Tokyo to apologise for its wartime abuses.", {("KOR", "accuse", "JPN")}),
    ("Japan apologised to South Korea.", set()),
    # a side that tells of a war waged "on" it charges the one waging it (telling of a clash charges no one)
    (
        "Saakashvili told CNN that Moscow was waging war on his country.",
        {("GEO", "accuse", "RUS"), ("RUS", "attack", "GEO")},
    ),
    ("India said on Tuesday its troops clashed with Chinese troops.", {("CHN", "attack", "IND"), ("IND", "attack", "CHN")}),
    # a present verb the small model reads as a plural noun after a name ends a short relative clause
    ("Israel struck Hamas, which Tehran backs.", {("ISR", "attack", "hamas"), ("IRN", "support", "hamas")}),
    ("Israel accused Iran of arming Hamas, a charge Tehran rejects.", {("ISR", "accuse", "IRN"), ("IRN", "reject", "ISR")}),
    ("The talks produced results.", set()),
    # an act named again is its owner's, when an earlier noun of its kin named one
    (
        "The U.N. Security Council imposed sanctions on North Korea for its nuclear test. Bolton condemned the test.",
        {("UNSC", "sanction", "PRK"), ("USA", "accuse", "PRK")},
    ),
    # the host of talks told before meets those who talked, in the passive too ("would be met with a response": no one)
    (
        "The foreign ministers of Russia and Ukraine held talks in Antalya on Thursday. The talks were hosted by Turkey.",
        {("RUS", "meet", "UKR"), ("RUS", "meet", "TUR"), ("TUR", "meet", "UKR")},
    ),
    # an armed clause does the attacks it comes after (not those by another)
    (
        "Israeli tanks and infantry pushed into the Gaza Strip on Saturday night after a week of air strikes against Hamas.",
        {("ISR", "attack", "PSE"), ("ISR", "attack", "hamas")},
    ),
    # a thing an adjective judges is its wielder's, said as the object of its verb
    ("EU ministers said the Yugoslav army had used disproportionate force in Slovenia.", {("EU", "accuse", "SRB")}),
    ("Russia said Ukraine launched an unprovoked attack.", {("RUS", "accuse", "UKR")}),
    (
        "Zelenskiy said Ukraine was applying for membership of NATO, hours after Vladimir Putin proclaimed the annexation of "
        "four Ukrainian regions.",
        set(),
    ),
    # opposing an act told before charges its doer, as condemning it does
    (
        "NATO warplanes struck Yugoslavia. China said Beijing strongly opposed the attacks.",
        {("NATO", "attack", "SRB"), ("CHN", "accuse", "NATO")},
    ),
    # the "to" of a halt the small model hangs on its verb is the halt's
    (
        "President Jimmy Carter ordered an immediate halt on Monday to all imports of Iranian oil into the United States.",
        {("USA", "sanction", "IRN")},
    ),
    ("Bush deplored the crackdown, and he ordered a halt to visits between U.S. and Chinese military leaders.", set()),
    # freeing oneself from a pact with another leaves it, as withdrawing does (freeing prisoners is another act)
    ("North Korea freed itself from its safeguards agreement with the IAEA.", {("PRK", "reject", "IAEA")}),
    # "him" is not an office named only as what another is ("remained the legitimate leader")
    (
        "The OAS chief, Luis Almagro, congratulated Guaido. Russia said Maduro remained the legitimate leader, and Putin "
        "telephoned him.",
        {("RUS", "meet", "VEN")},
    ),
    # a complaint "to" a body "about what it called" an act charges no one at the body
    ("Sudan said it would complain to the U.N. Security Council about what it called a criminal act.", set()),
    # "how to" do an act is a topic, not the act
    (
        "Cheney held talks with King Fahd in Jeddah on Monday on how to protect the kingdom.",
        {("SAU", "meet", "USA")},
    ),
    # the host of a gathering that brought people together meets them too
    (
        "The mini-summit, hosted by Angolan President Joao Lourenco, brought together Congolese President Felix "
        "Tshisekedi and Rwandan Foreign Minister Vincent Biruta.",
        {("AGO", "meet", "COD"), ("AGO", "meet", "RWA"), ("COD", "meet", "RWA")},
    ),
    # a clause under a wish is no act ("hopes" is mended from the small model's lemma "hop")
    ("She hopes the United States and Britain can work together to secure his release.", set()),
    ("Iran hopes to restore ties with Saudi Arabia.", {("IRN", "cooperate", "SAU")}),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_sentence_gives_exactly_its_relations(nlp, extractor, text, expected):
    assert extract_text(nlp, extractor, text) == expected


def test_talks_between_one_and_a_group_pair_each_side_with_the_other(nlp, extractor):
    text = (
        "Iran and the United States, Britain, France, Germany, Russia and China reached a deal. Talks between Iran and "
        "the six powers had lasted 18 days in Vienna."
    )
    meetings = {e for e in extract_text(nlp, extractor, text) if e[1] == "meet"}
    assert ("GBR", "meet", "IRN") in meetings and ("IRN", "meet", "RUS") in meetings
    assert all("IRN" in (a, b) for a, _, b in meetings)  # not Britain with France, on the same side


def test_a_counted_anaphor_is_the_group_the_same_words_counted_before(nlp, extractor):
    filler = (
        "Officials said the talks had covered trade, climate, fentanyl and artificial intelligence, and that working "
        "groups would meet again early next year to follow up on the commitments made at the estate. "
    )
    text = (
        "President Joe Biden and Chinese President Xi Jinping met near San Francisco on Wednesday. The two leaders shook "
        "hands before a working lunch. " + filler * 6 + "The two leaders then walked in the garden. " + filler * 2 + "Mexican "
        "President Andres Manuel Lopez Obrador met both leaders separately, after Ottawa announced new measures."
    )
    assert {("CHN", "meet", "MEX"), ("MEX", "meet", "USA")} <= extract_text(nlp, extractor, text)


def test_refusing_to_act_against_someone_is_no_rejection_of_them(nlp, extractor):
    assert ("CHN", "reject", "RUS") not in extract_text(nlp, extractor, "China refused to condemn Russia's invasion of Ukraine.")
    assert extract_text(nlp, extractor, "Turkey refused to ratify Sweden's bid.") == {("TUR", "reject", "SWE")}


def test_the_forces_of_the_country_are_its_own_but_the_ministry_of_the_kingdom_needs_its_name(nlp, extractor):
    text = "Somalia's intelligence agency said the country's forces killed dozens of al-Shabab members."
    assert extract_text(nlp, extractor, text) == {("SOM", "attack", "al_shabaab")}
    text = (
        "Saudi Arabia will not establish diplomatic relations with Israel unless an independent Palestinian state is"
        " recognised, the kingdom's foreign ministry said on Wednesday."
    )
    assert ("PSE", "accuse", "SAU") not in extract_text(nlp, extractor, text)


def test_an_act_dated_two_decades_or_more_before_the_article_is_history_a_recent_one_is_news(nlp, extractor):
    text = "Turkey withdrew its ambassador from Israel in 2004."
    assert extract_text(nlp, extractor, text, date="2021-05-17") == {("TUR", "sanction", "ISR")}
    assert extract_text(nlp, extractor, text, date="2029-05-17") == set()
    assert extract_text(nlp, extractor, text, date="2024-05-17") == set()
    assert extract_text(nlp, extractor, "Turkey invaded northern Cyprus in 1974.", date="2021-05-17") == set()
    assert extract_text(nlp, extractor, "Iraqi troops invaded Kuwait on Aug. 2, 1990.", date="2020-08-02") == set()
    assert extract_text(nlp, extractor, "Iraqi troops invaded Kuwait on Aug. 2, 2020.", date="2020-08-02") == {
        ("IRQ", "attack", "KWT")
    }
    # "the following year" is the year told before it
    text = "The Camp David Accords, signed in 1978, paved the way for a treaty between Egypt and Israel the following year."
    assert extract_text(nlp, extractor, text, date="2018-09-17") == set()


def test_a_body_has_the_members_it_had_on_the_day(nlp, extractor):
    # kg/data/organizations.yaml: NATO, the EU and ASEAN members with the day they joined
    met = extract_text(nlp, extractor, "Reagan briefed NATO allies on the talks.", date="1985-11-22")
    assert {k for s, _, t in met for k in (s, t)} - {"USA"} == {
        "BEL",
        "CAN",
        "DEU",
        "DNK",
        "ESP",
        "FRA",
        "GBR",
        "GRC",
        "ISL",
        "ITA",
        "LUX",
        "NLD",
        "NOR",
        "PRT",
        "TUR",
    }
    assert ("POL", "meet", "USA") in extract_text(nlp, extractor, "Biden briefed NATO allies on the talks.", date="2024-07-13")


def test_a_known_person_is_found_by_initials_title_and_surname(nlp, extractor):
    # middle initials inside the known name (older newspaper style)
    signed = "President Reagan and Mikhail S. Gorbachev signed a treaty in Washington on Tuesday."
    assert extract_text(nlp, extractor, signed, date="1987-12-08") == {("RUS", "cooperate", "USA"), ("RUS", "meet", "USA")}
    # a title and a surname the gazetteer holds no alias for: the one of that name in office on the day
    met = "Mr. Carter met Brezhnev in Vienna on Monday."
    assert extract_text(nlp, extractor, met, date="1979-06-18") == {("RUS", "meet", "USA")}
    assert extract_text(nlp, extractor, met.replace("Mr. ", ""), date="1979-06-18") == set()  # no title: any Carter
    assert extract_text(nlp, extractor, met, date="2005-06-18") == set()  # no Carter in office then
    # a surname again after the full name
    text = "Pakistan's parliament ousted Prime Minister Imran Khan on Sunday, after Khan accused the United States of plotting."
    assert ("PAK", "accuse", "USA") in extract_text(nlp, extractor, text, date="2022-04-10")


def test_a_movement_acts_for_the_state_it_governs_from_the_day_it_does(nlp, extractor):
    # kg/data/organizations.yaml: the Taliban govern Afghanistan from 2021-08-15
    assert extract_text(nlp, extractor, "The Taliban rejected Pakistan's allegation.", date="2025-03-14") == {
        ("AFG", "reject", "PAK"),
        ("PAK", "accuse", "AFG"),
    }
    assert extract_text(nlp, extractor, "The Taliban attacked Afghan troops in Kunduz.", date="2019-11-25") == {
        ("taliban", "attack", "AFG")
    }


def test_leaders_of_many_states_resolve_by_name_and_date_and_a_former_one_acts_for_no_one(nlp, extractor):
    # kg/data/officials.yaml: heads of state and government, foreign ministers of 2010-2025 beyond the G20
    text = "Earlier this week, Jovenel Moise was criticized by U.S. and French representatives."
    assert extract_text(nlp, extractor, text, date="2021-03-20") == {("USA", "accuse", "HTI"), ("FRA", "accuse", "HTI")}
    assert extract_text(nlp, extractor, "Kagame met Tshisekedi in Luanda.", date="2022-07-06") == {("COD", "meet", "RWA")}
    # a surname two presidents of one state bore is that state's ("Marcos": the son, or his father before 1986)
    assert extract_text(nlp, extractor, "Marcos signed a pact with Vietnam.", date="2024-04-29") == {("PHL", "cooperate", "VNM")}
    text = "Former Pakistani Prime Minister Imran Khan accused the United States of conspiring to topple his government."
    assert extract_text(nlp, extractor, text, date="2022-04-17") == set()
    # one running for an office outside their term holds none (the one they once or later held is not theirs then)
    assert extract_text(nlp, extractor, "Trump criticised China.", date="2015-12-08") == {("USA", "accuse", "CHN")}
    text = "Donald Trump, the Republican presidential front-runner, called for a ban, drawing condemnation from Britain."
    assert extract_text(nlp, extractor, text, date="2015-12-08") == set()
    text = "Republican presidential candidate Donald Trump criticised China."
    assert extract_text(nlp, extractor, text, date="2015-12-08") == set()
    # undated, one who served two polities acts for the latest, unless the sentence names the other with them
    assert extract_text(nlp, extractor, "Germany's Annalena Baerbock criticised China.", date=None) == {("DEU", "accuse", "CHN")}
    assert extract_text(nlp, extractor, "Annalena Baerbock criticised China.", date=None) == {("UN", "accuse", "CHN")}
    # ... or the one an apposition's title names
    text = "Jens Stoltenberg, Nato's secretary general, accused Russia of aggression."
    assert extract_text(nlp, extractor, text, date=None) == {("NATO", "accuse", "RUS")}
    text = "Nato's secretary general, Jens Stoltenberg, accused Russia of aggression."
    assert extract_text(nlp, extractor, text, date=None) == {("NATO", "accuse", "RUS")}
    assert extract_text(nlp, extractor, "Jens Stoltenberg accused Russia of aggression.", date=None) == {("NOR", "accuse", "RUS")}
    assert extract_text(nlp, extractor, "Saudi King Abdullah received Obama.", date="2009-06-03") == {("SAU", "meet", "USA")}


def test_envoys_advisers_and_spokespeople_resolve_by_name(nlp, extractor):
    # kg/data/officials.yaml: the voices wire stories quote after leaders and foreign ministers
    assert extract_text(nlp, extractor, "Haley accused Russia of protecting Syria.", date="2017-04-10") == {
        ("USA", "accuse", "RUS"),  # what a charge says is the accuser's claim, not an act told (charging_verbs)
    }
    assert extract_text(nlp, extractor, "Baghaei condemned the strikes by Israel.", date="2024-10-27") == {
        ("IRN", "accuse", "ISR")
    }
    # a Taliban spokesman speaks for Afghanistan once they govern it
    assert extract_text(nlp, extractor, "Balkhi rejected Pakistan's allegation.", date="2025-03-14") == {
        ("AFG", "reject", "PAK"),
        ("PAK", "accuse", "AFG"),
    }


def test_a_surname_of_someone_else_named_in_full_is_not_the_gazetteer_person(nlp, extractor):
    text = (
        "The Taliban barred U.N. rapporteur Richard Bennett from entering the country. "
        "The Taliban accused Bennett of spreading propaganda."
    )
    assert ("AFG", "accuse", "ISR") not in extract_text(nlp, extractor, text, date="2021-10-22")
    text = "Israeli Prime Minister Naftali Bennett met Putin in Sochi. Bennett criticised Iran."
    assert ("ISR", "accuse", "IRN") in extract_text(nlp, extractor, text, date="2021-10-22")


def test_a_title_places_a_person_for_its_polity_not_for_a_neighbours_office(nlp, extractor):
    # a bundled VOA story (2021): "Blinken said Berisha ..." must not make Berisha American, so "Berisha's
    # opponents ... accused him" gives no American accusation
    import json
    from pathlib import Path

    from kg.model import Article

    stories = Path(__file__).resolve().parent.parent / "examples" / "voa" / "voa_stories.jsonl"
    row = next(r for r in map(json.loads, stories.read_text(encoding="utf-8").splitlines()) if r["id"] == "6206085")
    article = Article(id=row["id"], text=row["text"], date="2021-05-22")
    doc = nlp(row["text"])
    res = extractor.rule_extractor.resolver(doc, article)
    opponents = next(t for t in doc if t.text == "Berisha" and t.nbor(2).text == "opponents")
    assert res.ref(opponents) == []
    events = {(e.source, e.relation, e.target) for e in extractor.extract(doc, article).events}
    assert ("USA", "sanction", "ALB") in events and not {e for e in events if e[1] == "accuse"}


def test_a_title_carries_its_polity_outside_the_term(nlp, extractor):
    # Trump served one polity only: between his terms he still acts for it, with less confidence; "former" acts for no one
    assert extract_text(nlp, extractor, "Trump doubled the tariff on Canadian steel.", date="2022-03-01") == {
        ("USA", "sanction", "CAN")
    }
    assert extract_text(nlp, extractor, "Former President Donald Trump criticised China.", date="2022-03-01") == set()
    assert extract_text(nlp, extractor, "Former President Donald Trump criticised China.", date=None) == set()  # undated
    from kg.model import Article

    text = "Trump criticised China."
    [late] = extractor.extract(nlp(text), Article(id="t", text=text, date="2022-03-01")).events
    [term] = extractor.extract(nlp(text), Article(id="t", text=text, date="2025-03-01")).events
    assert late.confidence < term.confidence


def test_a_title_in_the_text_outweighs_the_article_date(nlp, extractor):
    # Rutte was Dutch prime minister until July 2024, then NATO's secretary-general: the title he is given decides
    nato = "NATO Secretary-General Mark Rutte criticised Russia."
    dutch = "Dutch Prime Minister Mark Rutte criticised Russia."
    assert extract_text(nlp, extractor, nato, date="2024-05-01") == {("NATO", "accuse", "RUS")}
    assert extract_text(nlp, extractor, dutch, date="2025-05-01") == {("NLD", "accuse", "RUS")}
    assert extract_text(nlp, extractor, dutch, date=None) == {("NLD", "accuse", "RUS")}
    # a former title names a past office: the date decides
    former = "Former Dutch Prime Minister Mark Rutte criticised Russia."
    assert extract_text(nlp, extractor, former, date="2025-05-01") == {("NATO", "accuse", "RUS")}
    # a title is the words after the last "and" before the name, not another's title before it
    text = (
        "Seoul and Moscow established diplomatic relations on Sunday, as South Korean Foreign Minister Choi Ho-joong and"
        " Soviet Foreign Minister Eduard Shevardnadze signed a communique at the United Nations."
    )
    assert extract_text(nlp, extractor, text, date=None) == {("KOR", "cooperate", "RUS"), ("KOR", "meet", "RUS")}


def test_officials_resolve_by_the_article_date(nlp, extractor):
    text = "Kaja Kallas criticised Russia."
    assert extract_text(nlp, extractor, text, date="2023-05-01") == {("EST", "accuse", "RUS")}
    assert extract_text(nlp, extractor, text, date="2025-03-01") == {("EU", "accuse", "RUS")}


def test_a_speaker_of_a_legislature_acts_for_the_state_in_their_term(nlp, extractor):
    text = 'China said it would take "forceful measures" if Pelosi visited Taiwan.'
    assert extract_text(nlp, extractor, text, date="2022-08-01") == {("CHN", "threaten", "USA")}


def test_a_definite_title_refers_back_to_the_person_named_before_it(nlp, extractor):
    # kg/data/officials.yaml: US economic officials; "the Commerce chief" is Lutnick, not the states named since
    text = (
        "Lutnick said tariffs on steel will take effect Wednesday. Canada and Mexico are both top exporters of the metals. "
        "The Commerce chief also rejected Mexico's demands."
    )
    assert extract_text(nlp, extractor, text, date="2025-03-09") == {("USA", "reject", "MEX")}


def test_events_carry_evidence_offsets_and_codes(nlp, extractor):
    from kg.model import Article

    text = "Markets were calm. North Korea on Sunday accused the US of plotting."
    result = extractor.extract(nlp(text), Article(id="a.txt", text=text, date="2022-07-03"))
    (e,) = result.events
    assert text[e.char_start : e.char_end] == e.sentence == "North Korea on Sunday accused the US of plotting."
    assert (e.source_text, e.target_text, e.cameo, e.plover, e.family) == ("North Korea", "US", "112", "ACCUSE", "hostile")
    assert 0 < e.confidence <= 1 and e.article == "a.txt" and e.date == "2022-07-03"


def test_planned_events_are_marked(nlp, extractor):
    from kg.model import Article

    text = "Japan and NATO will hold joint exercises next year."
    (e,) = extractor.extract(nlp(text), Article(id="a", text=text)).events
    assert e.modality == "planned"
    due = ("The Chinese foreign minister is due to visit Moscow.", "Wang Yi is due in Moscow next week.")
    for text in (*due, "Ahead of his visit to Moscow, Wang Yi said ties were strong."):
        (e,) = extractor.extract(nlp(text), Article(id="a", text=text, date="2024-05-01")).events
        assert (e.source, e.relation, e.target, e.modality) == ("CHN", "meet", "RUS", "planned")
    text = "Pakistan is eyeing a trade agreement with China."  # what one eyes is an aim
    (e,) = extractor.extract(nlp(text), Article(id="a", text=text)).events
    assert (e.source, e.relation, e.target, e.modality) == ("PAK", "cooperate", "CHN", "planned")
    text = "Seoul said that joint anti-submarine drills with U.S. forces would be held in the coming weeks."
    (e,) = extractor.extract(nlp(text), Article(id="a", text=text)).events  # a joint act as the subject of its coming about
    assert (e.source, e.relation, e.target, e.modality) == ("KOR", "cooperate", "USA", "planned")
    # a purpose is as sure as the act it is for: "will travel ... to meet" is a plan, "travelled ... to meet" a meeting
    for text, modality in [
        ("Erdogan plans to travel to Sochi to meet Putin.", "planned"),
        ("Erdogan flew to Sochi to meet Putin.", "asserted"),
    ]:
        (e,) = extractor.extract(nlp(text), Article(id="a", text=text, date="2024-05-01")).events
        assert (e.source, e.relation, e.target, e.modality) == ("TUR", "meet", "RUS", modality)


def test_acts_told_inside_a_claim_are_only_reported(nlp, extractor):
    from kg.model import Article

    for text in (
        "Kyiv said Moscow's claims of a Ukrainian drone attack on Putin's residence were a fabrication.",
        "Kinshasa repeated its allegations that Rwanda backs the M23.",
    ):
        told = [e for e in extractor.extract(nlp(text), Article(id="a", text=text)).events if e.source in ("UKR", "RWA")]
        told = [e for e in told if e.relation != "reject"]
        assert told and {e.modality for e in told} == {"reported"}, text


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("North Korea accused the United States on Tuesday of plotting an invasion.", "2024-07-09"),  # the latest Tuesday
        ("Japan will meet South Korea on Friday in Seoul.", "2024-07-19"),  # planned: the next Friday
        ("China criticised Japan yesterday over the joint patrols.", "2024-07-12"),
        ("Japan met South Korea in Seoul.", "2024-07-13"),  # no day named: the article's date
        ("Japan met South Korea on Monday and China on Tuesday.", "2024-07-13"),  # two days: the article's date
    ],
)
def test_an_event_is_dated_by_the_day_its_sentence_names(nlp, extractor, text, day):
    from kg.model import Article

    article = Article(id="t", text=text, date="2024-07-13")  # a Saturday
    events = extractor.extract(nlp(text), article).events
    assert events and {e.date for e in events} == {day}
    assert {e.date for e in extractor.extract(nlp(text), Article(id="u", text=text)).events} == {None}


def test_the_learnt_decision_judges_the_clause_from_its_verb(nlp):
    """A pair meeting at a noun ("Japan and China") still sits under "little chance that ... will hold a summit"."""
    from kg.language.extract import Extractor

    both = Extractor(mode="both")
    assert extract_text(nlp, both, "Analysts see little chance that Japan and China will hold a summit this year.") == set()
    assert ("CHN", "meet", "JPN") in extract_text(nlp, both, "Japan and China held a summit in Beijing.")


def test_learnt_events_do_not_reverse_what_the_rules_read(nlp):
    """Where the rules find only "A did X to B", the model may add A's acts on B but none of B on A."""
    from kg.language.classifier import RelationModel
    from kg.language.extract import Extractor
    from kg.language.rules import load_rules

    relations = sorted(load_rules().relations)
    # yes to sanction and accuse for every pair; below its threshold for the rest
    eager = {rel: (30.0 if rel in ("sanction", "accuse") else -1.0) for rel in relations}
    model = RelationModel(relations, {}, eager, dict.fromkeys(relations, 0.5), {})
    both = Extractor(mode="both", model=model)
    found = extract_text(nlp, both, "Trump threatened Canada with 25% tariffs.")
    assert ("USA", "threaten", "CAN") in found
    assert not {e for e in found if e[0] == "CAN"}
    # a relation no word on the pair's path names is not added where the rules read the pair otherwise
    assert ("USA", "sanction", "CAN") not in found
    # with no rule event for the pair, the model's reading stands both ways
    found = extract_text(nlp, both, "Canada's exports to the United States fell.")
    assert {("CAN", "sanction", "USA"), ("USA", "sanction", "CAN")} <= found
    # a pair the rules read as meeting is not also sanctioning when no word on its path says so
    assert extract_text(nlp, both, "Canada's prime minister met the US president in Ottawa.") == {("CAN", "meet", "USA")}


def test_learnt_events_keep_the_frame_of_the_verb_above_them(nlp):
    """A learnt act under "urge" is not done, and a hostile one under "threaten" or "consider" is a threat, as for the
    rules."""
    from kg.language.classifier import RelationModel
    from kg.language.extract import Extractor
    from kg.language.rules import load_rules

    relations = sorted(load_rules().relations)
    eager = {rel: (30.0 if rel == "sanction" else -1.0) for rel in relations}
    both = Extractor(mode="both", model=RelationModel(relations, {}, eager, dict.fromkeys(relations, 0.5), {}))
    assert not extract_text(nlp, both, "Activists urged sanctions on Israel.")
    assert extract_text(nlp, both, "The European Union is considering sanctions on Israel.") == {("EU", "threaten", "ISR")}
    assert extract_text(nlp, both, "Turkey threatened sanctions on Sweden.") == {("TUR", "threaten", "SWE")}


def test_a_list_another_act_names_is_not_a_meeting(nlp):
    """Members of a list meet when the list meets, not when another act names them all."""
    from kg.language.classifier import RelationModel
    from kg.language.extract import Extractor
    from kg.language.rules import load_rules

    relations = sorted(load_rules().relations)
    eager = {rel: (30.0 if rel == "meet" else -1.0) for rel in relations}
    both = Extractor(mode="both", model=RelationModel(relations, {}, eager, dict.fromkeys(relations, 0.5), {}))
    assert not extract_text(nlp, both, "The envoy was criticized by French, Chinese and Mexican representatives.")
    assert ("FRA", "meet", "GBR") not in extract_text(nlp, both, "Rubio credited Britain and France for their role.")
    assert ("CAN", "meet", "MEX") not in extract_text(nlp, both, "Trump roiled relations with Canada and Mexico.")
    met = extract_text(nlp, both, "The talks brought together ministers from Britain, Canada and France.")
    assert {("CAN", "meet", "GBR"), ("CAN", "meet", "FRA"), ("FRA", "meet", "GBR")} <= met


def test_learnt_events_respect_whose_act_a_noun_is_and_the_sense_the_rules_read(nlp):
    """A model that says yes to every pair still does not make the denier of "allegations made by Pakistan" their
    maker, nor learn "broke off ties" where the rules read "broke their cease-fire with"."""
    from kg.language.classifier import RelationModel
    from kg.language.extract import Extractor
    from kg.language.rules import load_rules

    relations = sorted(load_rules().relations)
    eager = {rel: (30.0 if rel in ("accuse", "sanction") else -1.0) for rel in relations}
    both = Extractor(mode="both", model=RelationModel(relations, {}, eager, dict.fromkeys(relations, 0.5), {}))
    found = extract_text(nlp, both, "India rejected the baseless allegations made by Pakistan.")
    assert ("IND", "reject", "PAK") in found and ("IND", "accuse", "PAK") not in found
    found = extract_text(nlp, both, "Russia dismissed the U.S. allegations as baseless.")
    assert ("RUS", "reject", "USA") in found and ("RUS", "accuse", "USA") not in found
    found = extract_text(nlp, both, "Hamas broke its cease-fire with Israel.")
    assert ("hamas", "reject", "ISR") in found and ("hamas", "sanction", "ISR") not in found
    assert ("hamas", "sanction", "ISR") in extract_text(nlp, both, "Hamas cut its trade with Israel.")
    # the rules found who attacks at "fired": the model adds targets, not attackers
    eager = {rel: (30.0 if rel == "attack" else -1.0) for rel in relations}
    both = Extractor(mode="both", model=RelationModel(relations, {}, eager, dict.fromkeys(relations, 0.5), {}))
    found = extract_text(nlp, both, "Iran fired missiles at Iraqi bases hosting U.S. troops, Israel said.")
    assert {("IRN", "attack", "IRQ"), ("IRN", "attack", "USA")} <= found
    assert not {e for e in found if e[0] == "ISR" and e[1] == "attack"}


def test_a_body_inside_a_longer_name_is_not_that_body(nlp, extractor):
    """ "the European Council on Foreign Relations" is a think tank; "the Security Council on Friday" is the Council."""
    from kg.model import Article

    def keys(text):
        res = extractor.rule_extractor.resolver(nlp(text), Article(id="t", text=text, date="2024-07-13"))
        return {m.key for m in res.mentions.values()}

    assert "EU" not in keys("A senior fellow at the European Council on Foreign Relations warned Turkey.")
    assert "UNSC" in keys("The U.N. Security Council on Friday condemned Israel.")


def test_a_name_and_a_past_verb_taken_for_a_noun_phrase_are_a_clause_again(nlp, extractor):
    assert extract_text(nlp, extractor, "Trump imposed tariffs on China.", date="2025-04-03") == {("USA", "sanction", "CHN")}
    doc = nlp("Trump imposed tariffs on China.")
    assert [(t.text, t.dep_) for t in doc[:3]] == [("Trump", "nsubj"), ("imposed", "ROOT"), ("tariffs", "dobj")]
    assert len(list(doc.sents)) == 1


def test_a_name_inside_a_sea_or_an_ocean_is_no_actor(nlp):
    from kg.language.nlp import SPANS_KEY

    doc = nlp("Navies patrol the Indian Ocean, the South China Sea and the Sea of Japan, and China objected.")
    assert [span.text for span in doc.spans[SPANS_KEY]] == ["China"]


def test_the_quick_no_for_common_nouns_drops_no_actor(nlp, extractor):
    # candidates skip common nouns outside ``Rules.actor_nouns``: on real stories, none of those the resolver reads
    import json
    from pathlib import Path

    from kg.language.candidates import INDIRECT, _may_stand
    from kg.model import Article

    stories = Path(__file__).resolve().parent.parent / "examples" / "voa" / "voa_stories.jsonl"
    rows = [json.loads(line) for line in stories.read_text(encoding="utf-8").splitlines()][::8]
    skipped = 0
    for row in rows:
        article = Article(id=row["id"], text=row["text"], date=row["published"][:10])
        doc = nlp(row["text"])
        res = extractor.rule_extractor.resolver(doc, article)
        for tok in (doc[i] for i in res.nominal if i not in res.mentions and not _may_stand(res, doc[i])):
            skipped += 1
            assert not [r for r in res.ref(tok) if r.via in INDIRECT], (tok.text, tok.sent.text)
    assert skipped > 1000


def test_a_speaker_is_placed_by_a_known_name_with_an_honorific_or_by_the_title_told_next(nlp, extractor):
    text = (
        "“The American side has violated the agreement,” said Mawlawi Hibatullah Akhundzada. "
        "“The Kabul administration tried to sabotage the talks,” Akhundzada said."
    )
    assert extract_text(nlp, extractor, text, date="2021-05-10") == {("taliban", "accuse", "USA"), ("taliban", "accuse", "AFG")}
    text = (
        "“We are ready,” said Rashid Tanveer. The Pakistani minister spoke in Islamabad on Monday. "
        "Later, Tanveer accused India of shelling villages."
    )
    assert extract_text(nlp, extractor, text) == {("PAK", "accuse", "IND")}
    # an organisation told next is no description of the speaker
    text = "“We are ready,” said Rashid Tanveer. The United Nations High Commission shares that view. Tanveer accused India."
    assert extract_text(nlp, extractor, text) == set()
