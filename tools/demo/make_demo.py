#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes assets/demo/demo-neighbourhood.json: the Indische Buurt (Amsterdam-Oost) demo.

Places come from Gemeente Amsterdam's "Maatschappelijke voorzieningen" file, area codes
from the CBS label points (nearest buurt label point, as core/places/areaindex.cpp does).
Organisations, activities and schedules are invented for the demo but shaped after what
such places really run. Run from the repository root:

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


def tr(en, ar=None, tr_=None):
    out = {"en": {"title": en[0], "description": en[1]}}
    if ar:
        out["ar"] = {"title": ar[0], "description": ar[1]}
    if tr_:
        out["tr"] = {"title": tr_[0], "description": tr_[1]}
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
                             ("Dil kafesi", "Komşular ve gönüllülerle rahat bir sohbette Hollandaca pratik yapın. Her seviye, uğramanız yeterli."))),
    activity("demo:huiswerk-javaplein", "org:oba", "mvzn:MV2946-1", "Huiswerkbegeleiding",
             "Vrijwilligers helpen kinderen van groep 5 tot en met de brugklas met hun huiswerk. Aanmelden bij de balie.",
             "kinderen_gezin", "15:30", 90, "FREQ=WEEKLY;BYDAY=MO,WE",
             audience="kinderen", ageMin=8, ageMax=14, capacity=15, registrationRequired=True,
             languages=["nl", "en", "ar"],
             translations=tr(("Homework help", "Volunteers help children from year 5 to the first year of secondary school with their homework. Sign up at the desk."),
                             ("مساعدة في الواجبات المدرسية", "يساعد المتطوعون الأطفال في واجباتهم المدرسية. سجّل عند مكتب الاستقبال."),
                             ("Ödev yardımı", "Gönüllüler çocuklara ödevlerinde yardım ediyor. Danışmadan kayıt olun."))),
    activity("demo:inloop-meevaart", "org:buurtwerk-oost", "mvzn:MV1233-1", "Inloop met koffie",
             "Loop binnen voor koffie, thee en een praatje. Er is altijd een gastvrouw of gastheer.",
             "inloop_koffie", "10:00", 120, "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
             languages=["nl", "tr", "ar"],
             translations=tr(("Drop-in coffee", "Drop in for coffee, tea and a chat. A host is always there."),
                             ("قهوة مفتوحة للجميع", "تعال لتناول القهوة والشاي والدردشة. يوجد دائماً مضيف أو مضيفة."),
                             ("Kahve sohbeti", "Kahve, çay ve sohbet için uğrayın. Her zaman bir ev sahibi orada."))),
    activity("demo:moestuin-flevopark", "org:moestuin-flevopark", "demo:buurtmoestuin-flevopark", "Samen moestuinieren",
             "Zaaien, wieden en oogsten in de buurtmoestuin. Geen ervaring nodig; handschoenen en gereedschap zijn er.",
             "groen_duurzaam", "10:00", 150, "FREQ=WEEKLY;BYDAY=SA;BYMONTH=3,4,5,6,7,8,9,10",
             languages=["nl", "en"],
             translations=tr(("Community vegetable garden", "Sow, weed and harvest in the neighbourhood garden. No experience needed; gloves and tools provided."))),
    activity("demo:vrouwen-sport", "org:vrouwen-in-beweging", "mvzn:MV1886-1", "Sporten voor vrouwen",
             "Fitness en spel in de gymzaal, alleen voor vrouwen, met een vrouwelijke trainer en dichte gordijnen.",
             "sport_bewegen", "19:30", 60, "FREQ=WEEKLY;BYDAY=TH",
             audience="vrouwen", costCents=200, costNote="€ 2 per keer; de eerste keer is gratis",
             languages=["nl", "ar", "tr"],
             translations=tr(("Sports for women", "Fitness and games in the gym, for women only, with a female trainer and closed curtains."),
                             ("رياضة للنساء", "لياقة بدنية وألعاب في الصالة الرياضية، للنساء فقط، مع مدرّبة والستائر مغلقة."),
                             ("Kadınlar için spor", "Spor salonunda fitness ve oyunlar, sadece kadınlar için, kadın antrenörle ve perdeler kapalı."))),
    activity("demo:spreekuur-vonk", "org:buurtwerk-oost", "mvzn:MV1188-1", "Formulierenspreekuur",
             "Hulp bij brieven, formulieren, toeslagen en DigiD. Neem uw papieren mee.",
             "spreekuur_advies", "13:00", 120, "FREQ=WEEKLY;BYDAY=WE",
             languages=["nl", "ar", "tr", "en"],
             translations=tr(("Help with letters and forms", "Help with letters, forms, benefits and DigiD. Bring your papers."),
                             ("مساعدة في الرسائل والاستمارات", "مساعدة في الرسائل والاستمارات والإعانات وDigiD. أحضر أوراقك."),
                             ("Mektup ve form yardımı", "Mektuplar, formlar, yardımlar ve DigiD konusunda yardım. Belgelerinizi getirin."))),
    activity("demo:dialoog-meevaart", "org:buurtwerk-oost", "mvzn:MV1233-1", "Buren in gesprek",
             "Een avond in kleine tafels over een thema uit de buurt, met een gespreksleider. Thee en iets lekkers staan klaar.",
             "dialoog", "19:30", 120, "FREQ=MONTHLY;BYDAY=2TH",
             languages=["nl", "en"],
             translations=tr(("Neighbours in conversation", "An evening at small tables about a neighbourhood topic, with a moderator. Tea and snacks provided."))),
    activity("demo:koningsdag-javaplein", "org:oranjecomite", "demo:javaplein", "Koningsdag op het Javaplein",
             "Vrijmarkt, kinderspelen en muziek op het plein. Iedereen mag een kleedje neerleggen.",
             "feest_festival", "10:00", 420, "FREQ=YEARLY;BYMONTH=4;BYMONTHDAY=27", skipHolidays=False,
             # In 2031 27 April is a Sunday; Koningsdag moves to Saturday 26 April.
             schedule={"startDate": "2026-04-27", "exceptionDays": ["2031-04-27"], "extraStarts": ["2031-04-26T10:00"]},
             languages=["nl", "en"],
             translations=tr(("King's Day on Javaplein", "Free market, children's games and music on the square. Anyone may lay out a blanket to sell."),
                             ("يوم الملك في ساحة جافا", "سوق حرّة وألعاب للأطفال وموسيقى في الساحة."),
                             ("Javaplein'de Kral Günü", "Meydanda serbest pazar, çocuk oyunları ve müzik."))),
    activity("demo:speelmiddag-sumatra", "org:buurtwerk-oost", "mvzn:MV3598-1", "Speelmiddag",
             "Spelen in de speeltuin met spelbegeleiders; ouders drinken intussen koffie in het speeltuinhuisje.",
             "kinderen_gezin", "14:00", 150, "FREQ=WEEKLY;BYDAY=WE", audience="ouders_met_kinderen", ageMax=12,
             languages=["nl", "ar", "tr"]),
    activity("demo:digitaal-cybersoek", "org:buurtwerk-oost", "mvzn:MV1658-1", "Digitaal spreekuur",
             "Vragen over je telefoon, laptop, e-mail of apps? Vrijwilligers helpen je om de week op vrijdag.",
             "werk_leren", "10:00", 120, "FREQ=WEEKLY;INTERVAL=2;BYDAY=FR",
             languages=["nl", "en"],
             translations=tr(("Digital help desk", "Questions about your phone, laptop, e-mail or apps? Volunteers help every other Friday."))),
    activity("demo:samen-eten-batavia", "org:bewoners-indische-buurt", "mvzn:MV1187-1", "Buurtmaaltijd",
             "Elke laatste vrijdag van de maand koken buren om de beurt een maaltijd. Aanmelden tot woensdag.",
             "koken_eten", "17:30", 150, "FREQ=MONTHLY;BYDAY=-1FR",
             costCents=350, costNote="€ 3,50; kinderen eten gratis mee", capacity=30, registrationRequired=True,
             languages=["nl", "ar", "tr", "en"],
             translations=tr(("Neighbourhood dinner", "Every last Friday of the month neighbours take turns cooking a meal. Sign up by Wednesday."),
                             ("عشاء الحي", "في آخر جمعة من كل شهر يتناوب الجيران على طهي وجبة. سجّل قبل يوم الأربعاء."),
                             ("Mahalle yemeği", "Her ayın son cuması komşular sırayla yemek pişiriyor. Çarşambaya kadar kayıt olun."))),
    activity("demo:ouderensoos-kramat", "org:buurtwerk-oost", "mvzn:MV1632-1", "Koffie en spelletjes",
             "Sjoelen, bingo en kaarten met koffie en koek, voor ouderen uit de buurt.",
             "ouderen", "14:00", 120, "FREQ=WEEKLY;BYDAY=TU", audience="ouderen", costCents=100,
             costNote="€ 1 voor koffie en koek", languages=["nl"]),
    activity("demo:jongeren-javart", "org:jongerenwerk-oost", "mvzn:MV1123-1", "Open podium en studio",
             "Muziek maken, opnemen en optreden. Jongerenwerkers en een producer helpen je op weg.",
             "jongeren", "19:00", 180, "FREQ=WEEKLY;INTERVAL=2;BYDAY=FR", audience="jongeren", ageMin=12, ageMax=23,
             languages=["nl", "en"],
             translations=tr(("Open stage and studio", "Make, record and perform music. Youth workers and a producer help you get started."))),
    activity("demo:repaircafe-meevaart", "org:bewoners-indische-buurt", "mvzn:MV1233-1", "Repair Café",
             "Neem kapotte spullen mee: buren met handige handen repareren ze samen met jou.",
             "burenhulp_vrijwilligerswerk", "11:00", 180, "FREQ=MONTHLY;BYDAY=1SA",
             languages=["nl", "en"],
             translations=tr(("Repair Café", "Bring broken things: handy neighbours repair them together with you."))),
    activity("demo:naaiatelier-archipel", "org:bewoners-indische-buurt", "mvzn:MV1122-1", "Naaiatelier",
             "Samen naaien, verstellen en patronen maken. Naaimachines zijn aanwezig.",
             "cultuur_creatief", "13:00", 150, "FREQ=WEEKLY;BYDAY=MO", costCents=100, costNote="€ 1 per keer",
             languages=["nl", "tr", "ar"]),
    activity("demo:wandelen-flevopark", "org:buurtwerk-oost", "demo:flevopark", "Wandelgroep Flevopark",
             "Een uur stevig wandelen door het Flevopark. We vertrekken bij de ingang aan de Insulindeweg.",
             "sport_bewegen", "10:00", 60, "FREQ=WEEKLY;BYDAY=TH", languages=["nl"]),
    activity("demo:welkom-vonk", "org:buurtwerk-oost", "mvzn:MV1188-1", "Welkomstontbijt voor nieuwe buren",
             "Nieuw in de Indische Buurt? Ontbijt met buren en hoor wat er in de buurt te doen is.",
             "taal_ontmoeting", "10:00", 90, "FREQ=MONTHLY;BYDAY=1SU", audience="nieuwe_buurtbewoners",
             languages=["nl", "en", "ar", "tr", "uk"],
             translations=tr(("Welcome breakfast for new neighbours", "New to the Indische Buurt? Have breakfast with neighbours and hear what there is to do."),
                             ("فطور ترحيبي للجيران الجدد", "جديد في الحي؟ تناول الفطور مع الجيران واكتشف الأنشطة."),
                             ("Yeni komşular için hoş geldin kahvaltısı", "Mahallede yeni misiniz? Komşularla kahvaltı yapın."))),
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
