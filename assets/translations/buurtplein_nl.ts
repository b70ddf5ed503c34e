<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>ActivityPage</name>
    <message>
        <source>Leave the series</source>
        <extracomment>Leaves every date of an activity the resident joined as a whole</extracomment>
        <translation>Alles afmelden</translation>
    </message>
    <message>
        <source>Join every time</source>
        <extracomment>Joins every date of an activity at once</extracomment>
        <translation>Alles aanmelden</translation>
    </message>
    <message>
        <source>Add to calendar</source>
        <extracomment>Hands the activity (with a reminder) to the device&apos;s calendar</extracomment>
        <translation>Zet in agenda</translation>
    </message>
    <message>
        <source>When</source>
        <extracomment>Heading above the next dates of an activity</extracomment>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Where</source>
        <extracomment>Heading above where an activity takes place</extracomment>
        <translation>Waar</translation>
    </message>
    <message>
        <source>Route</source>
        <extracomment>Opens the device&apos;s maps app with a route to the place</extracomment>
        <translation>Route</translation>
    </message>
    <message>
        <source>Good to know</source>
        <extracomment>Heading above languages, audience, cost and access of an activity</extracomment>
        <translation>Goed om te weten</translation>
    </message>
    <message>
        <source>For: %1</source>
        <extracomment>Who an activity is for, e.g. &quot;For: Everyone&quot;</extracomment>
        <translation>Voor: %1</translation>
    </message>
    <message>
        <source>Sign up in advance</source>
        <extracomment>An activity one must sign up for in advance</extracomment>
        <translation>Meld je eerst aan</translation>
    </message>
    <message>
        <source>Just walk in</source>
        <extracomment>An activity one can come to without signing up</extracomment>
        <translation>Je kunt zo binnenlopen</translation>
    </message>
    <message>
        <source>A host welcomes you</source>
        <extracomment>A host welcomes people at the activity</extracomment>
        <translation>Iemand heet je welkom</translation>
    </message>
</context>
<context>
    <name>AppToolBar</name>
    <message>
        <source>Back</source>
        <extracomment>Toolbar button</extracomment>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Settings</source>
        <extracomment>Toolbar button: language, location and discreet mode</extracomment>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <extracomment>Toolbar button that at once hides the app behind a neutral screen</extracomment>
        <translation>Snel verbergen</translation>
    </message>
</context>
<context>
    <name>BottomNav</name>
    <message>
        <source>Home</source>
        <extracomment>Bottom navigation: the home page (keep it one short word)</extracomment>
        <translation>Start</translation>
    </message>
    <message>
        <source>Search</source>
        <extracomment>Bottom navigation: the search page (keep it one short word)</extracomment>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Map</source>
        <extracomment>Bottom navigation: the map page (keep it one short word)</extracomment>
        <translation>Kaart</translation>
    </message>
    <message>
        <source>Mine</source>
        <extracomment>Bottom navigation: the activities the resident joined (keep it one short word)</extracomment>
        <translation>Aangemeld</translation>
    </message>
</context>
<context>
    <name>Buurtplein::AppContext</name>
    <message>
        <source>Places: Gemeente Amsterdam, Maatschappelijke voorzieningen. Areas: CBS, Wijk- en buurtkaart.</source>
        <extracomment>Attribution of the open data the demo neighbourhood is built from</extracomment>
        <translation>Plekken: Gemeente Amsterdam, Maatschappelijke voorzieningen. Gebieden: CBS, Wijk- en buurtkaart.</translation>
    </message>
    <message>
        <source>This activity cannot be added to your calendar.</source>
        <extracomment>Shown when an activity cannot be added to the calendar</extracomment>
        <translation>Deze activiteit kan niet in je agenda.</translation>
    </message>
    <message>
        <source>No calendar app opened the activity. It is saved as %1.</source>
        <extracomment>Shown when the device has no calendar app to hand the activity to</extracomment>
        <translation>Geen agenda-app opende de activiteit. Het bestand staat hier: %1.</translation>
    </message>
    <message>
        <source>No maps app opened the route.</source>
        <extracomment>Shown when the device has no maps app for the route</extracomment>
        <translation>Geen kaarten-app opende de route.</translation>
    </message>
</context>
<context>
    <name>Buurtplein::CatalogueDetails</name>
    <message>
        <source>%1+</source>
        <extracomment>Age range of an activity with only a lower bound, e.g. &quot;18+&quot;</extracomment>
        <translation>%1+</translation>
    </message>
    <message>
        <source>%1–%2 years</source>
        <extracomment>Age range of an activity, e.g. &quot;6–12 years&quot;</extracomment>
        <translation>%1–%2 jaar</translation>
    </message>
</context>
<context>
    <name>Buurtplein::DiscreetController</name>
    <message>
        <source>That PIN is not right.</source>
        <extracomment>Shown when the PIN typed to open My activities is not the discreet-mode PIN</extracomment>
        <translation>Die pincode klopt niet.</translation>
    </message>
</context>
<context>
    <name>Buurtplein::GeoSourcePositionProvider</name>
    <message>
        <source>This device cannot tell where you are. Choose your neighbourhood or type your postcode.</source>
        <extracomment>Shown on &quot;near me&quot; when the device cannot tell where it is.</extracomment>
        <translation>Dit apparaat weet niet waar je bent. Kies je buurt of typ je postcode.</translation>
    </message>
    <message>
        <source>Buurtplein may not use your location. Choose your neighbourhood or type your postcode.</source>
        <extracomment>Shown on &quot;near me&quot; when the resident did not allow location access.</extracomment>
        <translation>Buurtplein mag je locatie niet gebruiken. Kies je buurt of typ je postcode.</translation>
    </message>
    <message>
        <source>Location is switched off on this device. Choose your neighbourhood or type your postcode.</source>
        <extracomment>Shown on &quot;near me&quot; when location is switched off on the device.</extracomment>
        <translation>Locatie staat uit op dit apparaat. Kies je buurt of typ je postcode.</translation>
    </message>
    <message>
        <source>No position found yet. Choose your neighbourhood or type your postcode.</source>
        <extracomment>Shown on &quot;near me&quot; while the device has no position fix (e.g. indoors).</extracomment>
        <translation>Je locatie is nog niet gevonden. Kies je buurt of typ je postcode.</translation>
    </message>
</context>
<context>
    <name>Buurtplein::MyActivitiesModel</name>
    <message>
        <source>No reminder</source>
        <extracomment>Reminder setting of a joined activity</extracomment>
        <translation>Geen herinnering</translation>
    </message>
    <message>
        <source>When it starts</source>
        <extracomment>Reminder setting: at the moment the session starts</extracomment>
        <translation>Als het begint</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) before</source>
        <extracomment>Reminder setting</extracomment>
        <translation>
            <numerusform>%n dag van tevoren</numerusform>
            <numerusform>%n dagen van tevoren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) before</source>
        <extracomment>Reminder setting</extracomment>
        <translation>
            <numerusform>%n uur van tevoren</numerusform>
            <numerusform>%n uur van tevoren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) before</source>
        <extracomment>Reminder setting</extracomment>
        <translation>
            <numerusform>%n minuut van tevoren</numerusform>
            <numerusform>%n minuten van tevoren</numerusform>
        </translation>
    </message>
    <message>
        <source>An activity no longer in the calendar</source>
        <extracomment>My activities: a joined activity that its organiser has since removed from the calendar</extracomment>
        <translation>Een activiteit die niet meer in de agenda staat</translation>
    </message>
</context>
<context>
    <name>Buurtplein::NearMe</name>
    <message>
        <source>Without your position, choose your neighbourhood or type your postcode.</source>
        <extracomment>Shown when the resident did not allow the app to use the position</extracomment>
        <translation>Zonder je locatie: kies je buurt of typ je postcode.</translation>
    </message>
    <message>
        <source>This device cannot tell your position. Choose your neighbourhood or type your postcode.</source>
        <extracomment>Shown when the device has no position source at all</extracomment>
        <translation>Dit apparaat weet je locatie niet. Kies je buurt of typ je postcode.</translation>
    </message>
    <message>
        <source>That neighbourhood has no known location.</source>
        <extracomment>Shown when a chosen neighbourhood has no known location</extracomment>
        <translation>Van die buurt weten we de plek niet.</translation>
    </message>
    <message>
        <source>Your position</source>
        <translation>waar je nu bent</translation>
    </message>
</context>
<context>
    <name>Buurtplein::OccurrenceListModel</name>
    <message>
        <source>Today</source>
        <extracomment>Day heading in a list of sessions</extracomment>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <extracomment>Day heading in a list of sessions</extracomment>
        <translation>Morgen</translation>
    </message>
</context>
<context>
    <name>Buurtplein::SearchModel</name>
    <message>
        <source>ddd d MMM</source>
        <extracomment>Day filter chip, e.g. &quot;Thu 26 Nov&quot;</extracomment>
        <translation>ddd d MMM</translation>
    </message>
</context>
<context>
    <name>Buurtplein::Terms</name>
    <message>
        <source>Language &amp; meeting</source>
        <extracomment>Activity category</extracomment>
        <translation>Taal &amp; ontmoeting</translation>
    </message>
    <message>
        <source>Walk-in &amp; coffee</source>
        <extracomment>Activity category: walk-in coffee mornings and the like</extracomment>
        <translation>Inloop &amp; koffie</translation>
    </message>
    <message>
        <source>Sport &amp; exercise</source>
        <extracomment>Activity category</extracomment>
        <translation>Sport &amp; bewegen</translation>
    </message>
    <message>
        <source>Culture &amp; creative</source>
        <extracomment>Activity category</extracomment>
        <translation>Cultuur &amp; creatief</translation>
    </message>
    <message>
        <source>Cooking &amp; food</source>
        <extracomment>Activity category</extracomment>
        <translation>Koken &amp; eten</translation>
    </message>
    <message>
        <source>Children &amp; family</source>
        <extracomment>Activity category</extracomment>
        <translation>Kinderen &amp; gezin</translation>
    </message>
    <message>
        <source>Young people</source>
        <extracomment>Activity category
----------
Audience of an activity</extracomment>
        <translation>Jongeren</translation>
    </message>
    <message>
        <source>Older people</source>
        <extracomment>Activity category
----------
Audience of an activity</extracomment>
        <translation>Ouderen</translation>
    </message>
    <message>
        <source>Green &amp; sustainable</source>
        <extracomment>Activity category</extracomment>
        <translation>Groen &amp; duurzaam</translation>
    </message>
    <message>
        <source>Work &amp; learning</source>
        <extracomment>Activity category</extracomment>
        <translation>Werk &amp; leren</translation>
    </message>
    <message>
        <source>Advice &amp; consultation</source>
        <extracomment>Activity category: consultation hours, advice desks</extracomment>
        <translation>Spreekuur &amp; advies</translation>
    </message>
    <message>
        <source>Dialogue</source>
        <extracomment>Activity category</extracomment>
        <translation>Dialoog</translation>
    </message>
    <message>
        <source>Party &amp; festival</source>
        <extracomment>Activity category</extracomment>
        <translation>Feest &amp; festival</translation>
    </message>
    <message>
        <source>Helping neighbours &amp; volunteering</source>
        <extracomment>Activity category</extracomment>
        <translation>Burenhulp &amp; vrijwilligerswerk</translation>
    </message>
    <message>
        <source>Everyone</source>
        <extracomment>Audience of an activity: open to all</extracomment>
        <translation>Iedereen</translation>
    </message>
    <message>
        <source>Women</source>
        <extracomment>Audience of an activity</extracomment>
        <translation>Vrouwen</translation>
    </message>
    <message>
        <source>Men</source>
        <extracomment>Audience of an activity</extracomment>
        <translation>Mannen</translation>
    </message>
    <message>
        <source>Children</source>
        <extracomment>Audience of an activity</extracomment>
        <translation>Kinderen</translation>
    </message>
    <message>
        <source>Parents with children</source>
        <extracomment>Audience of an activity</extracomment>
        <translation>Ouders met kinderen</translation>
    </message>
    <message>
        <source>New neighbours</source>
        <extracomment>Audience of an activity</extracomment>
        <translation>Nieuwe buurtbewoners</translation>
    </message>
    <message>
        <source>Speakers of other languages</source>
        <extracomment>Audience of an activity: people whose first language is not Dutch</extracomment>
        <translation>Anderstaligen</translation>
    </message>
    <message>
        <source>Carers</source>
        <extracomment>Audience of an activity: people caring for a relative</extracomment>
        <translation>Mantelzorgers</translation>
    </message>
    <message>
        <source>Wheelchair accessible</source>
        <extracomment>Accessibility feature of a place</extracomment>
        <translation>Rolstoeltoegankelijk</translation>
    </message>
    <message>
        <source>Step-free entrance</source>
        <extracomment>Accessibility feature of a place</extracomment>
        <translation>Drempelvrij</translation>
    </message>
    <message>
        <source>Accessible toilet</source>
        <extracomment>Accessibility feature of a place</extracomment>
        <translation>Toegankelijk toilet</translation>
    </message>
    <message>
        <source>Hearing loop</source>
        <extracomment>Accessibility feature of a place: induction loop for hearing aids</extracomment>
        <translation>Ringleiding</translation>
    </message>
    <message>
        <source>Disabled parking</source>
        <extracomment>Accessibility feature of a place</extracomment>
        <translation>Invalidenparkeerplaats</translation>
    </message>
    <message>
        <source>Quiet room</source>
        <extracomment>Accessibility feature of a place</extracomment>
        <translation>Stille ruimte</translation>
    </message>
    <message>
        <source>Library</source>
        <extracomment>Kind of meeting place</extracomment>
        <translation>Bibliotheek</translation>
    </message>
    <message>
        <source>Community centre</source>
        <extracomment>Kind of meeting place</extracomment>
        <translation>Buurthuis</translation>
    </message>
    <message>
        <source>Square</source>
        <extracomment>Kind of meeting place</extracomment>
        <translation>Plein</translation>
    </message>
    <message>
        <source>Park</source>
        <extracomment>Kind of meeting place</extracomment>
        <translation>Park</translation>
    </message>
    <message>
        <source>Playground</source>
        <extracomment>Kind of meeting place</extracomment>
        <translation>Speeltuin</translation>
    </message>
    <message>
        <source>School yard</source>
        <extracomment>Kind of meeting place</extracomment>
        <translation>Schoolplein</translation>
    </message>
    <message>
        <source>School</source>
        <extracomment>Kind of meeting place</extracomment>
        <translation>School</translation>
    </message>
    <message>
        <source>Sports facility</source>
        <extracomment>Kind of meeting place</extracomment>
        <translation>Sportaccommodatie</translation>
    </message>
    <message>
        <source>Swimming pool</source>
        <extracomment>Kind of meeting place</extracomment>
        <translation>Zwembad</translation>
    </message>
    <message>
        <source>Community garden</source>
        <extracomment>Kind of meeting place</extracomment>
        <translation>Buurttuin</translation>
    </message>
    <message>
        <source>Place of worship</source>
        <extracomment>Kind of meeting place</extracomment>
        <translation>Gebedshuis</translation>
    </message>
    <message>
        <source>Second-hand shop</source>
        <extracomment>Kind of meeting place</extracomment>
        <translation>Kringloopwinkel</translation>
    </message>
    <message>
        <source>Café or restaurant</source>
        <extracomment>Kind of meeting place</extracomment>
        <translation>Horeca</translation>
    </message>
    <message>
        <source>Market</source>
        <extracomment>Kind of meeting place</extracomment>
        <translation>Markt</translation>
    </message>
    <message>
        <source>Theatre and culture</source>
        <extracomment>Kind of meeting place</extracomment>
        <translation>Theater en cultuur</translation>
    </message>
    <message>
        <source>Multi-purpose centre</source>
        <extracomment>Kind of meeting place</extracomment>
        <translation>Multifunctionele accommodatie</translation>
    </message>
    <message>
        <source>Care location</source>
        <extracomment>Kind of meeting place</extracomment>
        <translation>Zorglocatie</translation>
    </message>
    <message>
        <source>Asylum seekers&apos; centre</source>
        <extracomment>Kind of meeting place</extracomment>
        <translation>Azc</translation>
    </message>
    <message>
        <source>Service desk</source>
        <extracomment>Kind of meeting place</extracomment>
        <translation>Loket</translation>
    </message>
    <message>
        <source>No fixed place</source>
        <extracomment>Kind of meeting place</extracomment>
        <translation>Geen vaste plek</translation>
    </message>
    <message>
        <source>Free</source>
        <extracomment>Cost of an activity that costs nothing</extracomment>
        <translation>Gratis</translation>
    </message>
    <message>
        <source>%1 m</source>
        <extracomment>A distance in metres, rounded to tens, e.g. &quot;350 m&quot;</extracomment>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>%1 km</source>
        <extracomment>A distance in kilometres, e.g. &quot;1.2 km&quot;</extracomment>
        <translation>%1 km</translation>
    </message>
</context>
<context>
    <name>DiscreetMode</name>
    <message>
        <source>Discreet mode is already on.</source>
        <extracomment>Shown when discreet mode is switched on while it is already on.</extracomment>
        <translation>De privéstand staat al aan.</translation>
    </message>
    <message>
        <source>Choose a PIN of 4 to 8 digits.</source>
        <extracomment>The PIN that protects discreet mode.</extracomment>
        <translation>Kies een pincode van 4 tot 8 cijfers.</translation>
    </message>
    <message>
        <source>Could not save the PIN on this device.</source>
        <translation>Het lukte niet om de pincode op dit apparaat te bewaren.</translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <extracomment>Shown when the PIN typed to leave discreet mode is not the right one.</extracomment>
        <translation>Die pincode klopt niet.</translation>
    </message>
    <message>
        <source>Could not switch discreet mode off on this device.</source>
        <translation>Het lukte niet om de privéstand uit te zetten.</translation>
    </message>
</context>
<context>
    <name>FilterSheet</name>
    <message>
        <source>Language spoken</source>
        <extracomment>Filter group: languages spoken at the activity</extracomment>
        <translation>Gesproken taal</translation>
    </message>
    <message>
        <source>For whom</source>
        <extracomment>Filter group: who the activity is meant for</extracomment>
        <translation>Voor wie</translation>
    </message>
    <message>
        <source>Cost and access</source>
        <extracomment>Filter group: cost and accessibility</extracomment>
        <translation>Kosten en toegang</translation>
    </message>
    <message>
        <source>Free only</source>
        <extracomment>Filter: only activities that cost nothing</extracomment>
        <translation>Alleen gratis</translation>
    </message>
    <message>
        <source>Wheelchair accessible</source>
        <extracomment>Filter: only places a wheelchair user can enter</extracomment>
        <translation>Rolstoeltoegankelijk</translation>
    </message>
    <message>
        <source>Day</source>
        <extracomment>Filter group: which day</extracomment>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Part of the day</source>
        <extracomment>Filter group: morning, afternoon or evening</extracomment>
        <translation>Deel van de dag</translation>
    </message>
    <message>
        <source>Morning</source>
        <extracomment>Filter chip: part of the day</extracomment>
        <translation>Ochtend</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <extracomment>Filter chip: part of the day</extracomment>
        <translation>Middag</translation>
    </message>
    <message>
        <source>Evening</source>
        <extracomment>Filter chip: part of the day</extracomment>
        <translation>Avond</translation>
    </message>
    <message>
        <source>Distance</source>
        <extracomment>Filter group: how far from the resident</extracomment>
        <translation>Afstand</translation>
    </message>
    <message>
        <source>Within %1</source>
        <extracomment>Distance filter, e.g. &quot;within 1 km&quot;</extracomment>
        <translation>Binnen %1</translation>
    </message>
    <message>
        <source>Clear all</source>
        <extracomment>Clears every search filter in one tap</extracomment>
        <translation>Alles wissen</translation>
    </message>
    <message numerus="yes">
        <source>Show %n session(s)</source>
        <extracomment>Closes the filter sheet; %n is the number of sessions found</extracomment>
        <translation>
            <numerusform>Toon %n activiteit</numerusform>
            <numerusform>Toon %n activiteiten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JoinStore</name>
    <message>
        <source>Could not save this on your device: %1</source>
        <extracomment>Shown when the phone&apos;s own database refuses to save a join; %1 is the technical reason.</extracomment>
        <translation>Bewaren op je apparaat lukte niet: %1</translation>
    </message>
    <message>
        <source>This date is not in the calendar of this activity (any more), so you cannot join it.</source>
        <extracomment>Shown when the resident tries to join a date the app no longer knows (e.g. removed by the organiser).</extracomment>
        <translation>Deze datum staat niet (meer) in de agenda van deze activiteit. Je kunt je er niet voor aanmelden.</translation>
    </message>
    <message>
        <source>This activity is not in the calendar (any more), so you cannot join it.</source>
        <extracomment>Shown when the resident tries to join an activity the app no longer knows.</extracomment>
        <translation>Deze activiteit staat niet (meer) in de agenda. Je kunt je er niet voor aanmelden.</translation>
    </message>
    <message>
        <source>A reminder can be set from 0 minutes to 4 weeks before, or switched off.</source>
        <extracomment>Shown when a reminder time is out of range.</extracomment>
        <translation>Een herinnering kan van 0 minuten tot 4 weken van tevoren. Of zet hem uit.</translation>
    </message>
    <message>
        <source>You had not joined this.</source>
        <extracomment>Shown when the resident leaves something they had not joined (e.g. left on another screen already).</extracomment>
        <translation>Je was hier niet voor aangemeld.</translation>
    </message>
</context>
<context>
    <name>LocationChooser</name>
    <message>
        <source>Distances from: %1</source>
        <extracomment>Where distances are measured from; %1 is a neighbourhood, postcode or &quot;Your position&quot;</extracomment>
        <translation>Afstand vanaf: %1</translation>
    </message>
    <message>
        <source>No location set: distances are not shown.</source>
        <extracomment>The resident has not chosen where &quot;near me&quot; is</extracomment>
        <translation>Geen plek gekozen: je ziet geen afstanden.</translation>
    </message>
    <message>
        <source>Buurtplein uses your position only on this device, to show what is near you. It is never sent anywhere.</source>
        <extracomment>Why the app asks for the position, shown before the system&apos;s permission question</extracomment>
        <translation>Buurtplein gebruikt je locatie alleen op dit apparaat, om te laten zien wat dichtbij is. Je locatie gaat nooit naar iemand anders.</translation>
    </message>
    <message>
        <source>Use my position</source>
        <extracomment>Asks the device for the resident&apos;s position</extracomment>
        <translation>Zoek mijn plek</translation>
    </message>
    <message>
        <source>Waiting for your answer…</source>
        <extracomment>While the system asks the resident whether the app may use the position</extracomment>
        <translation>Wacht op je antwoord…</translation>
    </message>
    <message>
        <source>Looking for your position…</source>
        <extracomment>While the device looks for a position fix</extracomment>
        <translation>Je locatie wordt gezocht…</translation>
    </message>
    <message>
        <source>Or choose your neighbourhood</source>
        <extracomment>Heading of the fallback: pick a neighbourhood</extracomment>
        <translation>Of kies je buurt</translation>
    </message>
    <message>
        <source>Choose…</source>
        <extracomment>The neighbourhood list before one is chosen</extracomment>
        <translation>Kies…</translation>
    </message>
    <message>
        <source>Or type your postcode</source>
        <extracomment>Heading of the fallback: type a postcode</extracomment>
        <translation>Of typ je postcode</translation>
    </message>
    <message>
        <source>Use</source>
        <extracomment>Uses the typed postcode</extracomment>
        <translation>Gebruik</translation>
    </message>
    <message>
        <source>Forget my location</source>
        <extracomment>Forgets the resident&apos;s location choice</extracomment>
        <translation>Vergeet mijn plek</translation>
    </message>
</context>
<context>
    <name>LocationResolver</name>
    <message>
        <source>“%1” is not a postcode. Type four digits, and two letters if you know them, such as 1094 AB.</source>
        <extracomment>Shown when the typed text is not a Dutch postcode. %1 is what was typed.</extracomment>
        <translation>“%1” is geen postcode. Typ vier cijfers, en de twee letters als je die weet. Bijvoorbeeld: 1094 AB.</translation>
    </message>
    <message>
        <source>No meeting places known in postcode area %1; choose your neighbourhood instead.</source>
        <extracomment>Shown when no meeting place is known in the typed postcode area. %1 is its four digits.</extracomment>
        <translation>We kennen geen ontmoetingsplekken in postcodegebied %1. Kies liever je buurt.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Notes</source>
        <extracomment>Window title while the quick exit hides the app: looks like a plain notes app</extracomment>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Buurtplein</source>
        <extracomment>Window title: the app&apos;s name
----------
Toolbar title on a page without a title of its own: the app&apos;s name</extracomment>
        <translation>Buurtplein</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <source>Map</source>
        <extracomment>Title of the map page</extracomment>
        <translation>Kaart</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <extracomment>Map button</extracomment>
        <translation>Inzoomen</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <extracomment>Map button</extracomment>
        <translation>Uitzoomen</translation>
    </message>
    <message>
        <source>Centre on me</source>
        <extracomment>Map button: centre the map on the resident</extracomment>
        <translation>Naar mijn plek</translation>
    </message>
    <message>
        <source>No meeting places around here.</source>
        <extracomment>The map has no places to show around this point</extracomment>
        <translation>Hier zijn geen ontmoetingsplekken.</translation>
    </message>
</context>
<context>
    <name>MyActivitiesPage</name>
    <message>
        <source>My activities</source>
        <extracomment>Title of the page with the activities the resident joined</extracomment>
        <translation>Mijn activiteiten</translation>
    </message>
    <message>
        <source>You have not joined anything yet. Open an activity and tap Join.</source>
        <extracomment>My activities when the resident joined nothing yet</extracomment>
        <translation>Je bent nog nergens voor aangemeld. Open een activiteit en tik op Aanmelden.</translation>
    </message>
    <message>
        <source>Enter your PIN to see this page.</source>
        <extracomment>My activities while discreet mode hides it</extracomment>
        <translation>Typ je pincode om deze pagina te zien.</translation>
    </message>
    <message>
        <source>PIN</source>
        <extracomment>Placeholder of the PIN field</extracomment>
        <translation>Pincode</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>Opens My activities with the PIN</extracomment>
        <translation>Openen</translation>
    </message>
</context>
<context>
    <name>MyActivityDelegate</name>
    <message>
        <source>No coming dates</source>
        <extracomment>A joined activity without dates in the coming weeks</extracomment>
        <translation>Geen datums binnenkort</translation>
    </message>
    <message>
        <source>Every time · next: %1 %2</source>
        <extracomment>A joined series and its next date: %1 is the day (&quot;Tuesday 24 November&quot;), %2 the time (&quot;14:00–15:30&quot;)</extracomment>
        <translation>Elke keer · volgende: %1 %2</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <extracomment>Status of a joined session that will not take place</extracomment>
        <translation>Gaat niet door</translation>
    </message>
    <message>
        <source>Reminder</source>
        <extracomment>Screen reader name of the reminder choice of a joined activity</extracomment>
        <translation>Herinnering</translation>
    </message>
    <message>
        <source>Leave</source>
        <extracomment>Leave a joined activity</extracomment>
        <translation>Afmelden</translation>
    </message>
</context>
<context>
    <name>NeutralPage</name>
    <message>
        <source>Notes</source>
        <extracomment>The neutral screen of the quick exit: looks like a blank notes page</extracomment>
        <translation>Notities</translation>
    </message>
</context>
<context>
    <name>OccurrenceDelegate</name>
    <message>
        <source>cancelled</source>
        <extracomment>Screen reader description of a session that will not take place (lower case: it follows the title, time and place)</extracomment>
        <translation>gaat niet door</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <extracomment>Badge on a session that will not take place</extracomment>
        <translation>Gaat niet door</translation>
    </message>
    <message>
        <source>Moved</source>
        <extracomment>Badge on a session that takes place elsewhere or at another time</extracomment>
        <translation>Verplaatst</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Choose a PIN</source>
        <extracomment>Title of the PIN dialog when discreet mode is turned on</extracomment>
        <translation>Kies een pincode</translation>
    </message>
    <message>
        <source>Enter your PIN</source>
        <extracomment>Title of the PIN dialog when discreet mode is turned off</extracomment>
        <translation>Typ je pincode</translation>
    </message>
    <message>
        <source>OK</source>
        <extracomment>Confirms the PIN typed in the PIN dialog</extracomment>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Closes the PIN dialog without changing anything</extracomment>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>4 to 8 digits. You need it to open My activities.</source>
        <extracomment>Explains the new PIN of discreet mode</extracomment>
        <translation>4 tot 8 cijfers. Je hebt de pincode nodig om Mijn activiteiten te openen.</translation>
    </message>
    <message>
        <source>The PIN you chose for discreet mode.</source>
        <extracomment>Asks for the PIN to turn discreet mode off</extracomment>
        <translation>De pincode die je koos voor de privéstand.</translation>
    </message>
</context>
<context>
    <name>PlacePage</name>
    <message>
        <source>Open: %1</source>
        <extracomment>Opening hours of a place, in OpenStreetMap notation such as &quot;Mo-Fr 09:00-17:00&quot;</extracomment>
        <translation>Open: %1</translation>
    </message>
    <message>
        <source>Route</source>
        <extracomment>Opens the device&apos;s maps app with a route to the place</extracomment>
        <translation>Route</translation>
    </message>
    <message>
        <source>Access</source>
        <extracomment>Heading above the accessibility features of a place</extracomment>
        <translation>Toegang</translation>
    </message>
    <message>
        <source>Coming weeks</source>
        <extracomment>Heading above the sessions at a place in the coming weeks</extracomment>
        <translation>Komende weken</translation>
    </message>
    <message>
        <source>Nothing planned here in the coming weeks.</source>
        <extracomment>A place with no sessions in the coming weeks</extracomment>
        <translation>Hier is de komende weken niets gepland.</translation>
    </message>
</context>
<context>
    <name>PlaceSessionDelegate</name>
    <message>
        <source>Cancelled</source>
        <extracomment>Status of a session that will not take place</extracomment>
        <translation>Gaat niet door</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <source>Dismiss</source>
        <extracomment>Closes the reminder banner</extracomment>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>ReminderPlanner</name>
    <message>
        <source>What you planned at %1 will not take place.</source>
        <translation>Wat je om %1 had gepland, gaat niet door.</translation>
    </message>
    <message>
        <source>You have something planned at %1.</source>
        <extracomment>A discreet reminder: must not say what or where. %1 is a time such as &quot;14:00&quot; or &quot;Tue 14:00&quot;.</extracomment>
        <translation>Je hebt om %1 iets gepland.</translation>
    </message>
    <message>
        <source>Cancelled: the session at %1 will not take place.</source>
        <extracomment>Notice that a joined session is cancelled. %1 is a time such as &quot;14:00&quot; or &quot;Tue 14:00&quot;.</extracomment>
        <translation>Gaat niet door: de activiteit om %1 is afgezegd.</translation>
    </message>
    <message>
        <source>Starts at %1.</source>
        <extracomment>Reminder of a joined session without a fixed place. %1 is a time.</extracomment>
        <translation>Begint om %1.</translation>
    </message>
    <message>
        <source>Moved: now at %1 at %2.</source>
        <extracomment>Reminder of a joined session that was moved. %1 is a time, %2 the name of the meeting place.</extracomment>
        <translation>Verplaatst: nu om %1 bij %2.</translation>
    </message>
    <message>
        <source>Starts at %1 at %2.</source>
        <extracomment>Reminder of a joined session. %1 is a time, %2 the name of the meeting place.</extracomment>
        <translation>Begint om %1 bij %2.</translation>
    </message>
    <message>
        <source>Reminder</source>
        <extracomment>Title of every notice in discreet mode; must not hint at any activity.</extracomment>
        <translation>Herinnering</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Search</source>
        <extracomment>Title of the search page</extracomment>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>What are you looking for?</source>
        <extracomment>Placeholder of the search field</extracomment>
        <translation>Wat zoek je?</translation>
    </message>
    <message>
        <source>Filters (%1)</source>
        <extracomment>Opens the filters sheet; %1 is the number of filters that are on</extracomment>
        <translation>Filters (%1)</translation>
    </message>
    <message>
        <source>Filters</source>
        <extracomment>Opens the filters sheet</extracomment>
        <translation>Filters</translation>
    </message>
    <message>
        <source>Clear all</source>
        <extracomment>Clears every search filter in one tap</extracomment>
        <translation>Alles wissen</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) found</source>
        <extracomment>Number of sessions the search found</extracomment>
        <translation>
            <numerusform>%n activiteit gevonden</numerusform>
            <numerusform>%n activiteiten gevonden</numerusform>
        </translation>
    </message>
    <message>
        <source>distance from %1</source>
        <extracomment>After the number of sessions found: where distances are measured from (a neighbourhood, a postcode or &quot;Your position&quot;)</extracomment>
        <translation>afstand vanaf %1</translation>
    </message>
    <message>
        <source>Nothing found. Try fewer filters or another word.</source>
        <extracomment>Shown when a search finds nothing</extracomment>
        <translation>Niets gevonden. Probeer minder filters of een ander woord.</translation>
    </message>
</context>
<context>
    <name>SessionDelegate</name>
    <message>
        <source>Cancelled</source>
        <extracomment>Status of one date of an activity that will not take place</extracomment>
        <translation>Gaat niet door</translation>
    </message>
    <message>
        <source>Moved</source>
        <extracomment>Status of one date of an activity that takes place elsewhere or at another time</extracomment>
        <translation>Verplaatst</translation>
    </message>
    <message>
        <source>Going ✓</source>
        <extracomment>On a date the resident joined; tapping it leaves that date again</extracomment>
        <translation>Ik kom ✓</translation>
    </message>
    <message>
        <source>Joined</source>
        <extracomment>On a date the resident joined as part of the whole series</extracomment>
        <translation>Aangemeld</translation>
    </message>
    <message>
        <source>Join</source>
        <extracomment>Joins one date of an activity</extracomment>
        <translation>Aanmelden</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <extracomment>Title of the settings page</extracomment>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Language</source>
        <extracomment>Settings section: the language of the app</extracomment>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Near me</source>
        <extracomment>Settings section: where the resident is</extracomment>
        <translation>Dichtbij mij</translation>
    </message>
    <message>
        <source>Discreet mode</source>
        <extracomment>Settings section: discreet mode
----------
Switch that turns discreet mode on or off</extracomment>
        <translation>Privéstand</translation>
    </message>
    <message>
        <source>A PIN hides My activities, and reminders no longer say what or where.</source>
        <extracomment>Explains discreet mode</extracomment>
        <translation>Een pincode verbergt Mijn activiteiten. Herinneringen zeggen dan niet meer wat of waar.</translation>
    </message>
    <message>
        <source>The eye button at the top hides the app at once behind a plain screen. Press and hold that screen to come back.</source>
        <extracomment>Explains the quick-exit button in the toolbar</extracomment>
        <translation>De oog-knop bovenaan verbergt de app meteen achter een leeg scherm. Houd dat scherm lang ingedrukt om terug te gaan.</translation>
    </message>
</context>
<context>
    <name>UpcomingPage</name>
    <message>
        <source>This week in the neighbourhood</source>
        <extracomment>Home page heading: what happens in the neighbourhood this week</extracomment>
        <translation>Deze week in de buurt</translation>
    </message>
    <message>
        <source>Show distances: set where you are</source>
        <extracomment>Invitation on the home page to set where the resident lives, to see distances</extracomment>
        <translation>Zie afstanden: kies waar je bent</translation>
    </message>
    <message>
        <source>Nothing planned in the coming days.</source>
        <extracomment>Shown when the catalogue has nothing in the coming days</extracomment>
        <translation>De komende dagen is er niets gepland.</translation>
    </message>
</context>
</TS>
