#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes assets/demo/demo-neighbourhood.json: the Indische Buurt (Amsterdam-Oost) demo.

Places come from Gemeente Amsterdam's "Maatschappelijke voorzieningen" file, area codes
from the CBS label points (nearest buurt label point, as core/places/areaindex.cpp does).
Organisations, activities and schedules are invented for the demo but shaped after what
such places really run. Every activity carries a title and description in Polish,
Ukrainian and Tigrinya (EVERY_ACTIVITY_IN), some also in English, Arabic and Turkish;
the project wrote them all, and nothing records a native speaker's check (assets/README.md).
Run from the repository root:

    tools/demo/make_demo.py /work/shared/data/places/amsterdam_maatschappelijke_voorzieningen.geojson
"""
import csv
import datetime as dt
import json
import math
import sys

from dateutil import rrule as du

AREAS = "assets/demo/cbs_areas_amsterdam.csv"
OUT = "assets/demo/demo-neighbourhood.json"
FIRST_DAY = dt.datetime(2026, 9, 1)
AMSTERDAM_SOURCE = "Gemeente Amsterdam, Maatschappelijke voorzieningen"
DEMO_SOURCE = "Buurtplein demo (ligging bij benadering)"

KINDS = {"Huis van de wijk": "buurthuis", "Buurtkamer": "buurthuis", "Jongerencentrum": "buurthuis",
         "Bibliotheek": "bibliotheek", "Speeltuingebouw": "speeltuin", "Bewegingsonderwijs": "sportaccommodatie"}

# MVZN_ID -> accessibility and opening hours assumed for the demo.
REAL_PLACES = {
    "MV2946-1": (["wheelchair", "step_free", "accessible_toilet", "hearing_loop"], "Mo-Sa 10:00-18:00; Su 12:00-17:00"),
    "MV1233-1": (["wheelchair", "step_free", "accessible_toilet"], "Mo-Fr 09:00-22:00; Sa 10:00-17:00"),
    "MV1188-1": (["wheelchair", "accessible_toilet"], "Mo-Fr 09:00-17:00"),
    "MV1886-1": ([], ""),
    "MV3598-1": (["step_free"], "We,Sa 13:00-17:00"),
    "MV1658-1": (["step_free"], "Mo-Fr 10:00-17:00"),
    "MV1187-1": (["wheelchair", "step_free"], ""),
    "MV1632-1": (["wheelchair", "step_free", "accessible_toilet", "quiet_space"], ""),
    "MV1123-1": ([], ""),
    "MV1122-1": (["step_free"], ""),
}
DEMO_PLACES = [
    {"uid": "demo:javaplein", "name": "Javaplein", "kind": "plein", "street": "Javaplein", "houseNumber": "",
     "postcode": "1094HW", "lat": 52.36395, "lon": 4.93960, "indoorOutdoor": "outdoor",
     "accessibility": ["wheelchair", "step_free"]},
    {"uid": "demo:flevopark", "name": "Flevopark", "kind": "park", "street": "Insulindeweg", "houseNumber": "",
     "postcode": "1095DH", "lat": 52.36060, "lon": 4.95300, "indoorOutdoor": "outdoor", "accessibility": []},
    {"uid": "demo:buurtmoestuin-flevopark", "name": "Buurtmoestuin Flevopark", "kind": "buurttuin",
     "street": "Insulindeweg", "houseNumber": "", "postcode": "1095DH", "lat": 52.36210, "lon": 4.95020,
     "indoorOutdoor": "outdoor", "accessibility": ["step_free"]},
]

# Schedules with skipHolidays skip the Dutch public holidays; the loader computes them
# (core/schedule/dutchholidays) for this many years from each schedule's start.
HOLIDAY_YEARS = 25

ORGANISATIONS = [
    ("org:oba", "Openbare Bibliotheek Amsterdam", "bibliotheek"),
    ("org:buurtwerk-oost", "Buurtwerk Oost", "welzijn"),
    ("org:bewoners-indische-buurt", "Bewonersgroep Indische Buurt", "vrijwilligers"),
    ("org:vrouwen-in-beweging", "Vrouwen in Beweging Oost", "zelforganisatie"),
    ("org:moestuin-flevopark", "Moestuingroep Flevopark", "vrijwilligers"),
    ("org:oranjecomite", "Oranjecomité Indische Buurt", "vrijwilligers"),
    ("org:jongerenwerk-oost", "Jongerenwerk Oost", "welzijn"),
]


# The languages every demo activity has a title and description in, besides its Dutch.
EVERY_ACTIVITY_IN = ("pl", "uk", "ti")


def tr(en=None, ar=None, tr_=None, pl=None, uk=None, ti=None):
    """An activity's translations: (title, description) per language, keyed by BCP 47 code."""
    out = {}
    for code, text in (("en", en), ("ar", ar), ("tr", tr_), ("pl", pl), ("uk", uk), ("ti", ti)):
        if text:
            out[code] = {"title": text[0], "description": text[1]}
    return out


def activity(uid, org, place, title, description, category, time, minutes, rule, **extra):
    schedule = {"uid": uid + "/s1", "startTime": time, "durationMinutes": minutes, "rrule": rule,
                "skipHolidays": extra.pop("skipHolidays", True)}
    schedule.update(extra.pop("schedule", {}))
    a = {"uid": uid, "organisation": org, "place": place, "title": title, "description": description,
         "category": category, "languagesSpoken": extra.pop("languages", ["nl"]), "audience": "iedereen",
         "costCents": 0, "hostPresent": True, "programme": "Samen in de Indische Buurt"}
    a.update(extra)
    a["schedules"] = [schedule]
    return a


ACTIVITIES = [
    activity("demo:taalcafe-javaplein", "org:oba", "mvzn:MV2946-1", "Taalcafé",
             "Oefen Nederlands in een ontspannen gesprek met buren en vrijwilligers. Alle niveaus, gewoon binnenlopen.",
             "taal_ontmoeting", "14:00", 90, "FREQ=WEEKLY;BYDAY=TU",
             languages=["nl", "en", "ar", "tr", "uk", "ti"],
             translations=tr(("Language café", "Practise Dutch in a relaxed conversation with neighbours and volunteers. All levels, just walk in."),
                             ("مقهى اللغة", "تدرّب على اللغة الهولندية في محادثة مريحة مع الجيران والمتطوعين. جميع المستويات، تعال ببساطة."),
                             ("Dil kafesi", "Komşular ve gönüllülerle rahat bir sohbette Hollandaca pratik yapın. Her seviye, uğramanız yeterli."),
                             pl=("Kawiarenka językowa", "Ćwicz niderlandzki w swobodnej rozmowie z sąsiadami i wolontariuszami. Każdy poziom zaawansowania, po prostu wpadnij."),
                             uk=("Мовне кафе", "Практикуйте нідерландську в невимушеній розмові із сусідами та волонтерами. Будь-який рівень, просто приходьте."),
                             ti=("ካፌ ቋንቋ", "ምስ ጎረባብትን ወለንተኛታትን ብዘይ ጸቕጢ እናተዕለልኩም ሆላንድኛ ተለማመዱ። ንኹሉ ደረጃ፣ ብቐጥታ እተዉ።"))),
    activity("demo:huiswerk-javaplein", "org:oba", "mvzn:MV2946-1", "Huiswerkbegeleiding",
             "Vrijwilligers helpen kinderen van groep 5 tot en met de brugklas met hun huiswerk. Aanmelden bij de balie.",
             "kinderen_gezin", "15:30", 90, "FREQ=WEEKLY;BYDAY=MO,WE",
             audience="kinderen", ageMin=8, ageMax=14, capacity=15, registrationRequired=True,
             languages=["nl", "en", "ar"],
             translations=tr(("Homework help", "Volunteers help children from year 5 to the first year of secondary school with their homework. Sign up at the desk."),
                             ("مساعدة في الواجبات المدرسية", "يساعد المتطوعون الأطفال في واجباتهم المدرسية. سجّل عند مكتب الاستقبال."),
                             ("Ödev yardımı", "Gönüllüler çocuklara ödevlerinde yardım ediyor. Danışmadan kayıt olun."),
                             pl=("Pomoc w odrabianiu lekcji", "Wolontariusze pomagają dzieciom od groep 5 (ok. 8 lat) do brugklas (pierwsza klasa szkoły średniej) w odrabianiu lekcji. Zapisy w punkcie informacyjnym."),
                             uk=("Допомога з домашніми завданнями", "Волонтери допомагають дітям від groep 5 (близько 8 років) до brugklas (перший клас середньої школи) з домашніми завданнями. Записатися можна на стійці обслуговування."),
                             ti=("ሓገዝ ዕዮ ገዛ", "ወለንተኛታት ንቆልዑ ካብ groep 5 (ኣስታት 8 ዓመት) ክሳብ brugklas (ቀዳማይ ዓመት ካልኣይ ደረጃ ቤት ትምህርቲ) ኣብ ዕዮ ገዛኦም ይሕግዝዎም። ኣብ መቐበሊ ተመዝገቡ።"))),
    activity("demo:inloop-meevaart", "org:buurtwerk-oost", "mvzn:MV1233-1", "Inloop met koffie",
             "Loop binnen voor koffie, thee en een praatje. Er is altijd een gastvrouw of gastheer.",
             "inloop_koffie", "10:00", 120, "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
             languages=["nl", "tr", "ar"],
             translations=tr(("Drop-in coffee", "Drop in for coffee, tea and a chat. A host is always there."),
                             ("قهوة مفتوحة للجميع", "تعال لتناول القهوة والشاي والدردشة. يوجد دائماً مضيف أو مضيفة."),
                             ("Kahve sohbeti", "Kahve, çay ve sohbet için uğrayın. Her zaman bir ev sahibi orada."),
                             pl=("Wpadnij na kawę", "Wpadnij na kawę, herbatę i pogawędkę. Na miejscu zawsze jest gospodyni lub gospodarz."),
                             uk=("Заходьте на каву", "Заходьте на каву, чай і розмову. Тут завжди є господиня або господар."),
                             ti=("ቡን ንኹሉ", "ንቡን፣ ሻሂን ዕላልን እተዉ። ኩሉ ግዜ ዝቕበለኩም ሰብ ኣሎ።"))),
    activity("demo:moestuin-flevopark", "org:moestuin-flevopark", "demo:buurtmoestuin-flevopark", "Samen moestuinieren",
             "Zaaien, wieden en oogsten in de buurtmoestuin. Geen ervaring nodig; handschoenen en gereedschap zijn er.",
             "groen_duurzaam", "10:00", 150, "FREQ=WEEKLY;BYDAY=SA;BYMONTH=3,4,5,6,7,8,9,10",
             languages=["nl", "en"],
             translations=tr(("Community vegetable garden", "Sow, weed and harvest in the neighbourhood garden. No experience needed; gloves and tools provided."),
                             pl=("Wspólny ogród warzywny", "Siejemy, pielimy i zbieramy plony w sąsiedzkim ogrodzie warzywnym. Doświadczenie nie jest potrzebne; rękawice i narzędzia są na miejscu."),
                             uk=("Спільний город", "Сіємо, полемо й збираємо врожай на сусідському городі. Досвід не потрібен; рукавички та інструменти є на місці."),
                             ti=("ብሓባር ኣሕምልቲ ምትካል", "ኣብ ጀርዲን ኣሕምልቲ ናይ ሰፈር ምዝራእ፣ ሳዕሪ ምንቓልን ምእራይን። ተመክሮ ኣየድልን፤ ጓንትን መሳርሒታትን ኣለዉ።"))),
    activity("demo:vrouwen-sport", "org:vrouwen-in-beweging", "mvzn:MV1886-1", "Sporten voor vrouwen",
             "Fitness en spel in de gymzaal, alleen voor vrouwen, met een vrouwelijke trainer en dichte gordijnen.",
             "sport_bewegen", "19:30", 60, "FREQ=WEEKLY;BYDAY=TH",
             audience="vrouwen", costCents=200, costNote="€ 2 per keer; de eerste keer is gratis",
             languages=["nl", "ar", "tr"],
             translations=tr(("Sports for women", "Fitness and games in the gym, for women only, with a female trainer and closed curtains."),
                             ("رياضة للنساء", "لياقة بدنية وألعاب في الصالة الرياضية، للنساء فقط، مع مدرّبة والستائر مغلقة."),
                             ("Kadınlar için spor", "Spor salonunda fitness ve oyunlar, sadece kadınlar için, kadın antrenörle ve perdeler kapalı."),
                             pl=("Sport dla kobiet", "Fitness i gry w sali gimnastycznej, tylko dla kobiet, z trenerką i przy zasuniętych zasłonach."),
                             uk=("Спорт для жінок", "Фітнес та ігри в спортзалі, лише для жінок, з тренеркою і при засунутих шторах."),
                             ti=("ስፖርት ንደቂ ኣንስትዮ", "ኣብ ኣዳራሽ ስፖርት ፊትነስን ጸወታታትን፣ ንደቂ ኣንስትዮ ጥራይ፣ ምስ ኣሰልጣኒት ጓል ኣንስተይቲን ዕጹዋት መጋረጃታትን።"))),
    activity("demo:spreekuur-vonk", "org:buurtwerk-oost", "mvzn:MV1188-1", "Formulierenspreekuur",
             "Hulp bij brieven, formulieren, toeslagen en DigiD. Neem uw papieren mee.",
             "spreekuur_advies", "13:00", 120, "FREQ=WEEKLY;BYDAY=WE",
             languages=["nl", "ar", "tr", "en"],
             translations=tr(("Help with letters and forms", "Help with letters, forms, benefits and DigiD. Bring your papers."),
                             ("مساعدة في الرسائل والاستمارات", "مساعدة في الرسائل والاستمارات والإعانات وDigiD. أحضر أوراقك."),
                             ("Mektup ve form yardımı", "Mektuplar, formlar, yardımlar ve DigiD konusunda yardım. Belgelerinizi getirin."),
                             pl=("Pomoc z pismami i formularzami", "Pomoc przy pismach, formularzach, dodatkach (toeslagen) i DigiD. Zabierz ze sobą swoje dokumenty."),
                             uk=("Допомога з листами та бланками", "Допомога з листами, бланками, виплатами (toeslagen) і DigiD. Візьміть із собою свої документи."),
                             ti=("ሓገዝ ደብዳቤታትን ፎርማትን", "ሓገዝ ኣብ ደብዳቤታት፣ ፎርማት፣ ድጎማታት (toeslagen) ከምኡ'ውን DigiD። ወረቓቕትኹም ሒዝኩም ምጹ።"))),
    activity("demo:dialoog-meevaart", "org:buurtwerk-oost", "mvzn:MV1233-1", "Buren in gesprek",
             "Een avond in kleine tafels over een thema uit de buurt, met een gespreksleider. Thee en iets lekkers staan klaar.",
             "dialoog", "19:30", 120, "FREQ=MONTHLY;BYDAY=2TH",
             languages=["nl", "en"],
             translations=tr(("Neighbours in conversation", "An evening at small tables about a neighbourhood topic, with a moderator. Tea and snacks provided."),
                             pl=("Sąsiedzi rozmawiają", "Wieczór rozmów przy małych stolikach na temat z naszej okolicy, z moderatorem. Czekają herbata i coś smacznego."),
                             uk=("Сусіди розмовляють", "Вечір розмов за невеликими столиками на тему з життя району, з модератором. На вас чекають чай і смаколики."),
                             ti=("ዘተ ጎረባብቲ", "ምሸት ኣብ ንኣሽቱ ጣውላታት ብዛዕባ ሓደ ኣርእስቲ ካብ ሰፈርና፣ ምስ መራሒ ዘተ። ሻሂን ጥዑም ነገርን ተዳልዩ ኣሎ።"))),
    activity("demo:koningsdag-javaplein", "org:oranjecomite", "demo:javaplein", "Koningsdag op het Javaplein",
             "Vrijmarkt, kinderspelen en muziek op het plein. Iedereen mag een kleedje neerleggen.",
             "feest_festival", "10:00", 420, "FREQ=YEARLY;BYMONTH=4;BYMONTHDAY=27", skipHolidays=False,
             # In 2031 27 April is a Sunday; Koningsdag moves to Saturday 26 April.
             schedule={"startDate": "2026-04-27", "exceptionDays": ["2031-04-27"], "extraStarts": ["2031-04-26T10:00"]},
             languages=["nl", "en"],
             translations=tr(("King's Day on Javaplein", "Free market, children's games and music on the square. Anyone may lay out a blanket to sell."),
                             ("يوم الملك في ساحة جافا", "سوق حرّة وألعاب للأطفال وموسيقى في الساحة."),
                             ("Javaplein'de Kral Günü", "Meydanda serbest pazar, çocuk oyunları ve müzik."),
                             pl=("Dzień Króla na Javaplein", "Pchli targ (vrijmarkt), zabawy dla dzieci i muzyka na placu. Każdy może rozłożyć swój kocyk i coś sprzedać."),
                             uk=("День короля на Javaplein", "Блошиний ринок (vrijmarkt), дитячі ігри та музика на площі. Кожен може розстелити свій килимок і продавати речі."),
                             ti=("መዓልቲ ንጉስ ኣብ Javaplein", "ናጻ ዕዳጋ (vrijmarkt)፣ ጸወታታት ቆልዑን ሙዚቃን ኣብቲ ኣደባባይ። ዝኾነ ሰብ ምንጻፍ ዘርጊሑ ኣቑሑ ክሸይጥ ይኽእል።"))),
    activity("demo:speelmiddag-sumatra", "org:buurtwerk-oost", "mvzn:MV3598-1", "Speelmiddag",
             "Spelen in de speeltuin met spelbegeleiders; ouders drinken intussen koffie in het speeltuinhuisje.",
             "kinderen_gezin", "14:00", 150, "FREQ=WEEKLY;BYDAY=WE", audience="ouders_met_kinderen", ageMax=12,
             languages=["nl", "ar", "tr"],
             translations=tr(pl=("Popołudnie zabaw", "Zabawy na placu zabaw z animatorami; w tym czasie rodzice piją kawę w domku przy placu."),
                             uk=("Ігрове пообіддя", "Діти граються на майданчику з аніматорами; батьки тим часом п'ють каву в будиночку на майданчику."),
                             ti=("ድሕሪ ቐትሪ ጸወታ", "ቆልዑ ኣብ መጻወቲ ቦታ ምስ መራሕቲ ጸወታ ይጻወቱ፤ ወለዲ ድማ ኣብቲ ግዜ እቲ ኣብቲ ንእሽቶ ገዛ መጻወቲ ቦታ ቡን ይሰትዩ።"))),
    activity("demo:digitaal-cybersoek", "org:buurtwerk-oost", "mvzn:MV1658-1", "Digitaal spreekuur",
             "Vragen over je telefoon, laptop, e-mail of apps? Vrijwilligers helpen je om de week op vrijdag.",
             "werk_leren", "10:00", 120, "FREQ=WEEKLY;INTERVAL=2;BYDAY=FR",
             languages=["nl", "en"],
             translations=tr(("Digital help desk", "Questions about your phone, laptop, e-mail or apps? Volunteers help every other Friday."),
                             pl=("Pomoc cyfrowa", "Masz pytania o telefon, laptop, e-mail albo aplikacje? Wolontariusze pomogą ci co drugi piątek."),
                             uk=("Цифрова допомога", "Маєте питання про телефон, ноутбук, електронну пошту чи застосунки? Волонтери допомагають раз на два тижні в п'ятницю."),
                             ti=("ዲጂታላዊ ሓገዝ", "ብዛዕባ ተሌፎን፣ ላፕቶፕ፣ ኢመይል ወይ ኣፕሊኬሽናት ሕቶ ኣሎኩም ዶ? ወለንተኛታት ኣብ ክልተ ሰሙን ሓደ ግዜ ዓርቢ ይሕግዙኹም።"))),
    activity("demo:samen-eten-batavia", "org:bewoners-indische-buurt", "mvzn:MV1187-1", "Buurtmaaltijd",
             "Elke laatste vrijdag van de maand koken buren om de beurt een maaltijd. Aanmelden tot woensdag.",
             "koken_eten", "17:30", 150, "FREQ=MONTHLY;BYDAY=-1FR",
             costCents=350, costNote="€ 3,50; kinderen eten gratis mee", capacity=30, registrationRequired=True,
             languages=["nl", "ar", "tr", "en"],
             translations=tr(("Neighbourhood dinner", "Every last Friday of the month neighbours take turns cooking a meal. Sign up by Wednesday."),
                             ("عشاء الحي", "في آخر جمعة من كل شهر يتناوب الجيران على طهي وجبة. سجّل قبل يوم الأربعاء."),
                             ("Mahalle yemeği", "Her ayın son cuması komşular sırayla yemek pişiriyor. Çarşambaya kadar kayıt olun."),
                             pl=("Sąsiedzka kolacja", "W ostatni piątek każdego miesiąca sąsiedzi na zmianę gotują posiłek. Zapisy do środy."),
                             uk=("Сусідська вечеря", "В останню п'ятницю кожного місяця сусіди по черзі готують їжу. Записуйтеся до середи."),
                             ti=("ድራር ሰፈር", "ኣብ መወዳእታ ዓርቢ ናይ ነፍሲ ወከፍ ወርሒ ጎረባብቲ ብተራ መግቢ ይሰርሑ። ክሳብ ረቡዕ ተመዝገቡ።"))),
    activity("demo:ouderensoos-kramat", "org:buurtwerk-oost", "mvzn:MV1632-1", "Koffie en spelletjes",
             "Sjoelen, bingo en kaarten met koffie en koek, voor ouderen uit de buurt.",
             "ouderen", "14:00", 120, "FREQ=WEEKLY;BYDAY=TU", audience="ouderen", costCents=100,
             costNote="€ 1 voor koffie en koek", languages=["nl"],
             translations=tr(pl=("Kawa i gry", "Sjoelen (holenderska gra w krążki), bingo i karty przy kawie i ciastku, dla seniorów z okolicy."),
                             uk=("Кава та ігри", "Sjoelen (нідерландська настільна гра з шайбами), бінго й карти з кавою та печивом для літніх людей з району."),
                             ti=("ቡንን ጸወታታትን", "Sjoelen (ሆላንዳዊ ጸወታ)፣ ቢንጎን ካርታን ምስ ቡንን ብሽኮቲን፣ ንኣረጋውያን ናይዚ ሰፈር።"))),
    activity("demo:jongeren-javart", "org:jongerenwerk-oost", "mvzn:MV1123-1", "Open podium en studio",
             "Muziek maken, opnemen en optreden. Jongerenwerkers en een producer helpen je op weg.",
             "jongeren", "19:00", 180, "FREQ=WEEKLY;INTERVAL=2;BYDAY=FR", audience="jongeren", ageMin=12, ageMax=23,
             languages=["nl", "en"],
             translations=tr(("Open stage and studio", "Make, record and perform music. Youth workers and a producer help you get started."),
                             pl=("Otwarta scena i studio", "Twórz muzykę, nagrywaj i występuj. Animatorzy młodzieżowi i producent pomogą ci zacząć."),
                             uk=("Відкрита сцена і студія", "Створюй музику, записуй і виступай. Молодіжні працівники та продюсер допоможуть тобі почати."),
                             ti=("ክፉት መድረኽን ስቱድዮን", "ሙዚቃ ምፍጣር፣ ምቕዳሕን ኣብ መድረኽ ምቕራብን። ሰራሕተኛታት መንእሰያትን ሓደ ፕሮዲዩሰርን ክትጅምሩ ይሕግዙኹም።"))),
    activity("demo:repaircafe-meevaart", "org:bewoners-indische-buurt", "mvzn:MV1233-1", "Repair Café",
             "Neem kapotte spullen mee: buren met handige handen repareren ze samen met jou.",
             "burenhulp_vrijwilligerswerk", "11:00", 180, "FREQ=MONTHLY;BYDAY=1SA",
             languages=["nl", "en"],
             translations=tr(("Repair Café", "Bring broken things: handy neighbours repair them together with you."),
                             pl=("Kawiarenka naprawcza", "Przynieś zepsute rzeczy: sąsiedzi ze złotymi rączkami naprawią je razem z tobą."),
                             uk=("Ремонтне кафе", "Приносьте зламані речі: сусіди з умілими руками полагодять їх разом із вами."),
                             ti=("ካፌ ጽገና", "ዝተሰብሩ ኣቑሑ ሒዝኩም ምጹ፤ ብኢዶም ክኢላታት ዝኾኑ ጎረባብቲ ምሳኹም ብሓባር ይጽግንዎም።"))),
    activity("demo:naaiatelier-archipel", "org:bewoners-indische-buurt", "mvzn:MV1122-1", "Naaiatelier",
             "Samen naaien, verstellen en patronen maken. Naaimachines zijn aanwezig.",
             "cultuur_creatief", "13:00", 150, "FREQ=WEEKLY;BYDAY=MO", costCents=100, costNote="€ 1 per keer",
             languages=["nl", "tr", "ar"],
             translations=tr(pl=("Pracownia krawiecka", "Razem szyjemy, przerabiamy ubrania i robimy wykroje. Maszyny do szycia są na miejscu."),
                             uk=("Швейна майстерня", "Разом шиємо, лагодимо одяг і робимо викрійки. Швейні машинки є на місці."),
                             ti=("ቤት ስፌት", "ብሓባር ምስፋይ፣ ክዳውንቲ ምዕራይን ቅዲ ክዳን ምስራሕን። መካይን ስፌት ኣለዋ።"))),
    activity("demo:wandelen-flevopark", "org:buurtwerk-oost", "demo:flevopark", "Wandelgroep Flevopark",
             "Een uur stevig wandelen door het Flevopark. We vertrekken bij de ingang aan de Insulindeweg.",
             "sport_bewegen", "10:00", 60, "FREQ=WEEKLY;BYDAY=TH", languages=["nl"],
             translations=tr(pl=("Grupa spacerowa we Flevoparku", "Godzina szybkiego marszu po Flevoparku. Wyruszamy od wejścia przy Insulindeweg."),
                             uk=("Група ходьби у Flevopark", "Година енергійної ходьби парком Flevopark. Вирушаємо від входу з боку Insulindeweg."),
                             ti=("ጉጅለ ምጉዓዝ ብእግሪ ኣብ Flevopark", "ኣብ Flevopark ንሓደ ሰዓት ብቕልጡፍ ብእግሪ ምጉዓዝ። ካብቲ ኣብ Insulindeweg ዘሎ መእተዊ ንብገስ።"))),
    activity("demo:welkom-vonk", "org:buurtwerk-oost", "mvzn:MV1188-1", "Welkomstontbijt voor nieuwe buren",
             "Nieuw in de Indische Buurt? Ontbijt met buren en hoor wat er in de buurt te doen is.",
             "taal_ontmoeting", "10:00", 90, "FREQ=MONTHLY;BYDAY=1SU", audience="nieuwe_buurtbewoners",
             languages=["nl", "en", "ar", "tr", "uk"],
             translations=tr(("Welcome breakfast for new neighbours", "New to the Indische Buurt? Have breakfast with neighbours and hear what there is to do."),
                             ("فطور ترحيبي للجيران الجدد", "جديد في الحي؟ تناول الفطور مع الجيران واكتشف الأنشطة."),
                             ("Yeni komşular için hoş geldin kahvaltısı", "Mahallede yeni misiniz? Komşularla kahvaltı yapın."),
                             pl=("Śniadanie powitalne dla nowych sąsiadów", "Od niedawna mieszkasz w Indische Buurt? Zjedz śniadanie z sąsiadami i dowiedz się, co dzieje się w okolicy."),
                             uk=("Вітальний сніданок для нових сусідів", "Нещодавно переїхали в Indische Buurt? Поснідайте із сусідами й дізнайтеся, що цікавого відбувається в районі."),
                             ti=("ቁርሲ ምቕባል ሓደሽቲ ጎረባብቲ", "ኣብ Indische Buurt ሓደሽቲ ዲኹም? ምስ ጎረባብቲ ቁርሲ ብልዑ፣ ኣብ ሰፈር እንታይ ከም ዝካየድ ድማ ስምዑ።"))),
]

OVERRIDES = [
    {"activity": "demo:inloop-meevaart", "originalStart": "2026-11-25T10:00", "status": "cancelled",
     "reason": "De Meevaart is deze ochtend gesloten: de verwarming wordt vervangen."},
    {"activity": "demo:dialoog-meevaart", "originalStart": "2026-12-10T19:30", "status": "moved",
     "newStart": "2026-12-10T19:30", "newEnd": "2026-12-10T21:30", "newPlace": "mvzn:MV1188-1",
     "reason": "De grote zaal van De Meevaart is bezet; deze keer zijn we in VONK."},
]


def load_areas():
    with open(AREAS, newline="", encoding="utf-8") as f:
        return [r for r in csv.DictReader(f) if r["level"] == "buurt"]


def metres(lat1, lon1, lat2, lon2):
    x = math.radians(lon2 - lon1) * math.cos(math.radians((lat1 + lat2) / 2))
    y = math.radians(lat2 - lat1)
    return math.hypot(x, y) * 6371000


def area_codes(buurten, lat, lon):
    best = min(buurten, key=lambda b: metres(lat, lon, float(b["lat"]), float(b["lon"])))
    code = best["statcode"]
    return {"gemeenteCode": best["gemeentecode"], "wijkCode": "WK" + code[2:8], "buurtCode": code}


def first_start(rule, time):
    hour, minute = map(int, time.split(":"))
    start = FIRST_DAY.replace(hour=hour, minute=minute)
    return du.rrulestr(rule, dtstart=start).after(start, inc=True).date().isoformat()


def main(geojson):
    buurten = load_areas()
    features = {f["properties"]["MVZN_ID"]: f for f in json.load(open(geojson, encoding="utf-8"))["features"]}
    places = []
    for mvzn, (access, hours) in REAL_PLACES.items():
        p = features[mvzn]["properties"]
        lon, lat = features[mvzn]["geometry"]["coordinates"]
        place = {"uid": "mvzn:" + mvzn, "name": p["Naam"].strip().replace("`", "'"), "kind": KINDS[p["Categorie"]],
                 "street": p["Adres"], "houseNumber": p["Huisnummer"], "postcode": p["Postcode"], "city": "Amsterdam",
                 "lat": lat, "lon": lon, "indoorOutdoor": "both" if p["Categorie"] == "Speeltuingebouw" else "indoor",
                 "accessibility": access, "openingHours": hours, "source": AMSTERDAM_SOURCE, "sourceId": mvzn}
        place.update(area_codes(buurten, lat, lon))
        places.append(place)
    for demo in DEMO_PLACES:
        place = dict(demo, city="Amsterdam", source=DEMO_SOURCE, sourceId="", openingHours="")
        place.update(area_codes(buurten, demo["lat"], demo["lon"]))
        places.append(place)
    for a in ACTIVITIES:
        for s in a["schedules"]:
            s.setdefault("startDate", first_start(s["rrule"], s["startTime"]))
        missing = [code for code in EVERY_ACTIVITY_IN
                   if not a.get("translations", {}).get(code, {}).get("title")]
        if missing:
            sys.exit("%s has no title in %s" % (a["uid"], ", ".join(missing)))
    doc = {
        "format": "buurtplein-demo/1",
        "about": "Demo-buurt Indische Buurt, Amsterdam-Oost. Plekken: echte voorzieningen; organisaties, "
                 "activiteiten en tijden zijn verzonnen voor de demo.",
        "sources": ["Bron: Gemeente Amsterdam, Maatschappelijke voorzieningen",
                    "Bron: CBS, Wijk- en buurtkaart (2014)"],
        "timeZone": "Europe/Amsterdam",
        "holidays": {"computed": "dutch-public-holidays", "years": HOLIDAY_YEARS},
        "organisations": [{"uid": u, "name": n, "kind": k} for u, n, k in ORGANISATIONS],
        "places": places,
        "activities": ACTIVITIES,
        "overrides": OVERRIDES,
    }
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/places/amsterdam_maatschappelijke_voorzieningen.geojson")
