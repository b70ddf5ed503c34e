<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ti_ET">
<context>
    <name>ActivityCheck</name>
    <message>
        <source>The cost cannot be read. Write an amount in euros, such as 0 or 2,50.</source>
        <extracomment>Problem in the activity editor: the typed cost is not an amount</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An age is a whole number from 0 to 120, or empty for no limit.</source>
        <extracomment>Problem in the activity editor: an age typed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of places is at least 1. Leave it empty when there is no limit.</source>
        <extracomment>Problem in the activity editor: the number of places typed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the activity a title.</source>
        <extracomment>Problem in the activity editor</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a category.</source>
        <extracomment>Problem in the activity editor</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The youngest age is above the oldest age.</source>
        <extracomment>Problem in the activity editor</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A translation needs a title.</source>
        <extracomment>Problem in the activity editor: a translation without a title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity already has a text in this language.</source>
        <extracomment>Problem in the activity editor: two texts in the same language</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityEditorPage</name>
    <message>
        <source>New activity</source>
        <extracomment>Title of the activity editor for a new activity</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit activity</source>
        <extracomment>Title of the activity editor for an existing activity</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished">ኣበይ</translation>
    </message>
    <message>
        <source>Save</source>
        <extracomment>Saves the activity in the editor</extracomment>
        <translation type="unfinished">ዓቅብ</translation>
    </message>
</context>
<context>
    <name>ActivityPage</name>
    <message>
        <source>Leave the series</source>
        <extracomment>Leaves every date of an activity the resident joined as a whole</extracomment>
        <translation>ኩሉ ሰርዝ</translation>
    </message>
    <message>
        <source>Join every time</source>
        <extracomment>Joins every date of an activity at once</extracomment>
        <translation>ኩሉ ግዜ ክመጽእ እየ</translation>
    </message>
    <message>
        <source>Add to calendar</source>
        <extracomment>Hands the activity (with a reminder) to the device&apos;s calendar</extracomment>
        <translation>ናብ ዓውደ-ኣዋርሕ ወስኽ</translation>
    </message>
    <message>
        <source>When</source>
        <extracomment>Heading above the next dates of an activity</extracomment>
        <translation>መዓስ</translation>
    </message>
    <message>
        <source>Where</source>
        <extracomment>Heading above where an activity takes place</extracomment>
        <translation>ኣበይ</translation>
    </message>
    <message>
        <source>Route</source>
        <extracomment>Opens the device&apos;s maps app with a route to the place</extracomment>
        <translation>መንገዲ</translation>
    </message>
    <message>
        <source>Good to know</source>
        <extracomment>Heading above languages, audience, cost and access of an activity</extracomment>
        <translation>ክትፈልጦ ዘለካ</translation>
    </message>
    <message>
        <source>For: %1</source>
        <extracomment>Who an activity is for, e.g. &quot;For: Everyone&quot;</extracomment>
        <translation>ንመን: %1</translation>
    </message>
    <message>
        <source>Sign up in advance</source>
        <extracomment>An activity one must sign up for in advance</extracomment>
        <translation>ኣቐዲምካ ተመዝገብ</translation>
    </message>
    <message>
        <source>Just walk in</source>
        <extracomment>An activity one can come to without signing up</extracomment>
        <translation>ብቐጥታ ክትመጽእ ትኽእል</translation>
    </message>
    <message>
        <source>A host welcomes you</source>
        <extracomment>A host welcomes people at the activity</extracomment>
        <translation>ሓደ ሰብ ብሓጎስ ይቕበለካ</translation>
    </message>
</context>
<context>
    <name>ActivityPracticalSection</name>
    <message>
        <source>Practical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost in euros (0 is free)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on the cost, e.g. pay what you can</source>
        <extracomment>Field of the activity editor, e.g. &quot;Coffee included&quot; or &quot;Pay what you can&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places (leave empty for no limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People sign up in advance</source>
        <extracomment>Switch of the activity editor</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A host welcomes people</source>
        <extracomment>Switch of the activity editor</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme (for evaluation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact (phone, e-mail or a sentence)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityTranslationsSection</name>
    <message>
        <source>Translations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <extracomment>Removes one translation of an activity</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the %1 translation</source>
        <extracomment>Screen reader name of the button removing a translation, %1 the language</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title in this language</source>
        <extracomment>Field of a translation in the activity editor</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description in this language</source>
        <extracomment>Field of a translation in the activity editor</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of a new translation</source>
        <extracomment>Screen reader name of the language choice for a new translation</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <extracomment>Adds a translation of the activity&apos;s title and description</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a translation</source>
        <extracomment>Screen reader name of the button adding a translation</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityWhatSection</name>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Walk-in coffee morning</source>
        <extracomment>Example in the empty title field of the activity editor</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens, and who is welcome</source>
        <extracomment>Field of the activity editor</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <extracomment>Field of the activity editor</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityWhoSection</name>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meant for</source>
        <extracomment>Field of the activity editor: who the activity is meant for</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <extracomment>Field of the activity editor: languages the hosts speak at the activity</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ages (leave empty for no limit)</source>
        <extracomment>Field of the activity editor: the age range; empty fields mean no limit</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From age</source>
        <extracomment>Field of the activity editor: youngest age</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To age</source>
        <extracomment>Field of the activity editor: oldest age</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppToolBar</name>
    <message>
        <source>Back</source>
        <extracomment>Toolbar button</extracomment>
        <translation>ተመለስ</translation>
    </message>
    <message>
        <source>Settings</source>
        <extracomment>Toolbar button: language, location and discreet mode</extracomment>
        <translation>ቅጥዒታት</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <extracomment>Toolbar button that at once hides the app behind a neutral screen</extracomment>
        <translation>ቅልጡፍ ምሕባእ</translation>
    </message>
</context>
<context>
    <name>AreaMap</name>
    <message>
        <source>fewer than %1</source>
        <extracomment>Map legend: the outline circles of suppressed areas; %1 is k</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AreaShadingLayer</name>
    <message>
        <source>%1–%2</source>
        <extracomment>Map legend: the bounds of one shading class; %1 and %2 are numbers</extracomment>
        <translation type="unfinished">%1+ {1–%2?}</translation>
    </message>
</context>
<context>
    <name>BottomNav</name>
    <message>
        <source>Home</source>
        <extracomment>Bottom navigation: the home page (keep it one short word)</extracomment>
        <translation>መበገሲ</translation>
    </message>
    <message>
        <source>Search</source>
        <extracomment>Bottom navigation: the search page (keep it one short word)</extracomment>
        <translation>ድለ</translation>
    </message>
    <message>
        <source>Map</source>
        <extracomment>Bottom navigation: the map page (keep it one short word)</extracomment>
        <translation>ካርታ</translation>
    </message>
    <message>
        <source>Mine</source>
        <extracomment>Bottom navigation: the activities the resident joined (keep it one short word)</extracomment>
        <translation>ናተይ</translation>
    </message>
    <message>
        <source>Work</source>
        <extracomment>Bottom navigation: social worker mode, the organisation&apos;s activities (keep it one short word)</extracomment>
        <translation>ስራሕ</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <extracomment>Bottom navigation: the programme evaluator&apos;s dashboard of released figures (keep it one short word)</extracomment>
        <translation>ገምጋም</translation>
    </message>
</context>
<context>
    <name>Buurtplein::ActivityEditor</name>
    <message>
        <source>This activity is not in the catalogue.</source>
        <extracomment>Opening an activity in the editor that is not (or no longer) in the catalogue</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solve the problems listed above first.</source>
        <extracomment>Save was asked for while the form still lists problems</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Buurtplein::CatalogueDetails</name>
    <message>
        <source>Places: Gemeente Amsterdam, Maatschappelijke voorzieningen. Areas: CBS, Wijk- en buurtkaart.</source>
        <extracomment>Attribution of the open data the demo neighbourhood is built from</extracomment>
        <translation>ቦታታት: Gemeente Amsterdam, Maatschappelijke voorzieningen. ከባቢታት: CBS, Wijk- en buurtkaart.</translation>
    </message>
    <message>
        <source>%1+</source>
        <extracomment>Age range of an activity with only a lower bound, e.g. &quot;18+&quot;</extracomment>
        <translation>%1+</translation>
    </message>
    <message>
        <source>%1–%2 years</source>
        <extracomment>Age range of an activity, e.g. &quot;6–12 years&quot;</extracomment>
        <translation>%1–%2 ዓመት</translation>
    </message>
</context>
<context>
    <name>Buurtplein::DiscreetController</name>
    <message>
        <source>That PIN is not right.</source>
        <extracomment>Shown when the PIN typed to open My activities is not the discreet-mode PIN</extracomment>
        <translation>እቲ PIN ቅኑዕ ኣይኮነን።</translation>
    </message>
</context>
<context>
    <name>Buurtplein::EvaluatorSignIn</name>
    <message>
        <source>Enter the hub&apos;s address, such as https://hub.example.nl.</source>
        <extracomment>Evaluator sign-in: the hub address is missing or not a web address</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the evaluator key your coordinator gave you: one long word of letters and digits.</source>
        <extracomment>Evaluator sign-in: the key field is empty or holds more than one word</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device cannot reach a hub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub at %1 cannot be reached. Check the address and the internet connection, then try again.</source>
        <extracomment>Evaluator sign-in: no answer; %1 is the hub&apos;s address</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub does not accept this key. Check that you pasted all of it, or ask your coordinator for a new one.</source>
        <extracomment>Evaluator sign-in: the hub does not know the key (or it was revoked)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from %1 is not what a Buurtplein hub sends. Check the hub&apos;s address.</source>
        <extracomment>Evaluator sign-in: the server answered, but not as a Buurtplein hub would</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key belongs to a social worker&apos;s device, not to an evaluator. Ask your coordinator for an evaluator key.</source>
        <extracomment>Evaluator sign-in: the key is a social worker&apos;s, not an evaluator&apos;s</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device could not keep the evaluator key safely, so you are not signed in.</source>
        <extracomment>Evaluator sign-in: the device could not keep the key safely</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evaluator key could not be removed from this device. Try again.</source>
        <extracomment>Evaluator sign-out failed</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Buurtplein::GeoSourcePositionProvider</name>
    <message>
        <source>This device cannot tell where you are. Choose your neighbourhood or type your postcode.</source>
        <extracomment>Shown on &quot;near me&quot; when the device cannot tell where it is.</extracomment>
        <translation>እዚ መሳርሒ ኣበይ ከም ዘለኻ ክፈልጥ ኣይክእልን። ከባቢኻ ምረጽ ወይ ፖስታ ኮድካ ጽሓፍ።</translation>
    </message>
    <message>
        <source>Buurtplein may not use your location. Choose your neighbourhood or type your postcode.</source>
        <extracomment>Shown on &quot;near me&quot; when the resident did not allow location access.</extracomment>
        <translation>Buurtplein ቦታኻ ክጥቀም ኣይተፈቕደሉን። ከባቢኻ ምረጽ ወይ ፖስታ ኮድካ ጽሓፍ።</translation>
    </message>
    <message>
        <source>Location is switched off on this device. Choose your neighbourhood or type your postcode.</source>
        <extracomment>Shown on &quot;near me&quot; when location is switched off on the device.</extracomment>
        <translation>ኣብዚ መሳርሒ ምፍላጥ ቦታ ጠፊኡ ኣሎ። ከባቢኻ ምረጽ ወይ ፖስታ ኮድካ ጽሓፍ።</translation>
    </message>
    <message>
        <source>No position found yet. Choose your neighbourhood or type your postcode.</source>
        <extracomment>Shown on &quot;near me&quot; while the device has no position fix (e.g. indoors).</extracomment>
        <translation>ቦታኻ ገና ኣይተረኽበን። ከባቢኻ ምረጽ ወይ ፖስታ ኮድካ ጽሓፍ።</translation>
    </message>
</context>
<context>
    <name>Buurtplein::Handoff</name>
    <message>
        <source>This activity cannot be added to your calendar.</source>
        <extracomment>Shown when an activity cannot be added to the calendar</extracomment>
        <translation>እዚ ንጥፈት ናብ ዓውደ-ኣዋርሕካ ክውሰኽ ኣይክእልን።</translation>
    </message>
    <message>
        <source>No calendar app opened the activity. It is saved as %1.</source>
        <extracomment>Shown when the device has no calendar app to hand the activity to</extracomment>
        <translation>ነዚ ንጥፈት ዝኸፈቶ ናይ ዓውደ-ኣዋርሕ ኣፕ የለን። ከም %1 ተዓቂቡ ኣሎ።</translation>
    </message>
    <message>
        <source>No maps app opened the route.</source>
        <extracomment>Shown when the device has no maps app for the route</extracomment>
        <translation>ነቲ መንገዲ ዝኸፈቶ ናይ ካርታ ኣፕ የለን።</translation>
    </message>
</context>
<context>
    <name>Buurtplein::MapRegion</name>
    <message>
        <source>This device has no hub to fetch a map from. Add one under Hub and sync.</source>
        <extracomment>Offline map: the device has no hub address to fetch a map from</extracomment>
        <translation>እዚ መሳርሒ ካርታ ዘምጽኣሉ ሃብ የብሉን። ኣብ ሃብን ምትእስሳርን ሓደ ወስኹ።</translation>
    </message>
    <message>
        <source>The hub has no offline maps yet.</source>
        <extracomment>Offline map: the hub has no map packages</extracomment>
        <translation>ሃብ ገና ብዘይ ኢንተርነት ዝሰርሕ ካርታ የብሉን።</translation>
    </message>
    <message>
        <source>The hub cannot be reached now. The map you have keeps working.</source>
        <extracomment>Offline map: the hub did not answer</extracomment>
        <translation>ሃብ ሕጂ ክርከብ ኣይከኣለን። ዘሎካ ካርታ ክሰርሕ ይቕጽል።</translation>
    </message>
    <message>
        <source>The hub could not send the map now. Try again later.</source>
        <extracomment>Offline map: the hub answered with an error</extracomment>
        <translation>ሃብ ነቲ ካርታ ሕጂ ክሰዶ ኣይከኣለን። ደሓር ደጊምኩም ፈትኑ።</translation>
    </message>
    <message>
        <source>The hub no longer has this map. Look again for the maps it has.</source>
        <extracomment>Offline map: the hub no longer has the package</extracomment>
        <translation>ሃብ እዚ ካርታ እዚ የብሉን ድሕሪ ሕጂ። ዘለዎ ካርታታት ደጊምኩም ርአዩ።</translation>
    </message>
    <message>
        <source>The download stopped at %1 of %2. It goes on from there when you try again.</source>
        <extracomment>Offline map: the download stopped; %1 and %2 are sizes such as &quot;4.1 MB&quot; and &quot;22.7 MB&quot;</extracomment>
        <translation>ምውራድ ኣብ %1 ካብ %2 ደው ኢሉ። ደጊምኩም ምስ ፈተንኩም ካብኡ ይቕጽል።</translation>
    </message>
    <message>
        <source>The downloaded map was damaged and has been thrown away. The map you had stays.</source>
        <extracomment>Offline map: the downloaded file failed its check</extracomment>
        <translation>እቲ ዝወረደ ካርታ ተበላሺዩ ስለ ዝነበረ ተደምሲሱ። ዝነበረካ ካርታ ይተርፍ።</translation>
    </message>
    <message>
        <source>There is not enough room on this device for the map.</source>
        <extracomment>Offline map: the file could not be written</extracomment>
        <translation>ኣብዚ መሳርሒ ንካርታ ዝኣክል ቦታ የለን።</translation>
    </message>
</context>
<context>
    <name>Buurtplein::MyActivitiesModel</name>
    <message>
        <source>No reminder</source>
        <extracomment>Reminder setting of a joined activity</extracomment>
        <translation>መዘኻኸሪ የለን</translation>
    </message>
    <message>
        <source>When it starts</source>
        <extracomment>Reminder setting: at the moment the session starts</extracomment>
        <translation>ክጅምር ከሎ</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) before</source>
        <extracomment>Reminder setting</extracomment>
        <translation>
            <numerusform>ቅድሚ %n መዓልቲ</numerusform>
            <numerusform>ቅድሚ %n መዓልታት</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) before</source>
        <extracomment>Reminder setting</extracomment>
        <translation>
            <numerusform>ቅድሚ %n ሰዓት</numerusform>
            <numerusform>ቅድሚ %n ሰዓታት</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) before</source>
        <extracomment>Reminder setting</extracomment>
        <translation>
            <numerusform>ቅድሚ %n ደቒቕ</numerusform>
            <numerusform>ቅድሚ %n ደቓይቕ</numerusform>
        </translation>
    </message>
    <message>
        <source>An activity no longer in the calendar</source>
        <extracomment>My activities: a joined activity that its organiser has since removed from the calendar</extracomment>
        <translation>ኣብ ዓውደ-ኣዋርሕ ዘየለ ንጥፈት</translation>
    </message>
</context>
<context>
    <name>Buurtplein::NearMe</name>
    <message>
        <source>Without your position, choose your neighbourhood or type your postcode.</source>
        <extracomment>Shown when the resident did not allow the app to use the position</extracomment>
        <translation>ብዘይ ቦታኻ፡ ከባቢኻ ምረጽ ወይ ፖስታ ኮድካ ጽሓፍ።</translation>
    </message>
    <message>
        <source>This device cannot tell your position. Choose your neighbourhood or type your postcode.</source>
        <extracomment>Shown when the device has no position source at all</extracomment>
        <translation>እዚ መሳርሒ ቦታኻ ክፈልጥ ኣይክእልን። ከባቢኻ ምረጽ ወይ ፖስታ ኮድካ ጽሓፍ።</translation>
    </message>
    <message>
        <source>That neighbourhood has no known location.</source>
        <extracomment>Shown when a chosen neighbourhood has no known location</extracomment>
        <translation>ቦታ እዚ ከባቢ ኣይንፈልጥን።</translation>
    </message>
    <message>
        <source>Your position</source>
        <translation>ሕጂ ዘለኻዮ ቦታ</translation>
    </message>
</context>
<context>
    <name>Buurtplein::OccurrenceListModel</name>
    <message>
        <source>Today</source>
        <extracomment>Day heading in a list of sessions</extracomment>
        <translation>ሎሚ</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <extracomment>Day heading in a list of sessions</extracomment>
        <translation>ጽባሕ</translation>
    </message>
</context>
<context>
    <name>Buurtplein::OrganisationActivitiesModel</name>
    <message>
        <source>Next: %1, %2</source>
        <extracomment>The next session of an activity on the social worker&apos;s list: %1 is the day (&quot;Tuesday 24 November&quot;), %2 the time (&quot;14:00&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fixed place</source>
        <extracomment>An activity without a default place: each session says where it is</extracomment>
        <translation type="unfinished">ቀዋሚ ቦታ የብሉን</translation>
    </message>
    <message>
        <source>Paused</source>
        <extracomment>Status of an activity whose sessions are on hold for a while</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <extracomment>Status of an activity that no longer runs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <extracomment>Status of an activity that runs</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Buurtplein::ReadAloudText</name>
    <message>
        <source>today</source>
        <extracomment>Read aloud: the day of the next session</extracomment>
        <translation>ሎሚ</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <extracomment>Read aloud: the day of the next session</extracomment>
        <translation>ጽባሕ</translation>
    </message>
    <message>
        <source>The session of %1 at %2 is cancelled.</source>
        <extracomment>Read aloud: %1 is &quot;today&quot;, &quot;tomorrow&quot; or a weekday and date, %2 a time</extracomment>
        <translation>ናይ %1 ሰዓት %2 ርክብ ተሰሪዙ ኣሎ።</translation>
    </message>
    <message>
        <source>The next one is %1, from %2 to %3.</source>
        <extracomment>Read aloud after a cancelled session: %1 a day, %2 and %3 start and end times</extracomment>
        <translation>ዝቕጽል %1፣ ካብ %2 ክሳብ %3 እዩ።</translation>
    </message>
    <message>
        <source>Next time: %1, from %2 to %3.</source>
        <extracomment>Read aloud: %1 is &quot;today&quot;, &quot;tomorrow&quot; or a weekday and date, %2 and %3 start and end times</extracomment>
        <translation>ዝቕጽል ግዜ፦ %1፣ ካብ %2 ክሳብ %3።</translation>
    </message>
    <message>
        <source>No dates are planned.</source>
        <extracomment>Read aloud: an activity without coming dates</extracomment>
        <translation>ዝተመደበ ዕለት የለን።</translation>
    </message>
    <message>
        <source>It has no fixed place.</source>
        <extracomment>Read aloud: an activity that meets in different places</extracomment>
        <translation>ቀዋሚ ቦታ የብሉን።</translation>
    </message>
    <message>
        <source>Where: %1.</source>
        <extracomment>Read aloud: %1 is the name of the meeting place</extracomment>
        <translation>ኣበይ፦ %1።</translation>
    </message>
    <message>
        <source>Where: %1, %2.</source>
        <extracomment>Read aloud: %1 is the name of the meeting place, %2 its street and number</extracomment>
        <translation>ኣበይ፦ %1፣ %2።</translation>
    </message>
    <message>
        <source>It is free.</source>
        <extracomment>Read aloud: an activity that costs nothing</extracomment>
        <translation>ብነጻ እዩ።</translation>
    </message>
    <message>
        <source>It costs %1.</source>
        <extracomment>Read aloud: %1 is an amount, e.g. &quot;€ 2,50&quot;</extracomment>
        <translation>ዋጋኡ %1 እዩ።</translation>
    </message>
</context>
<context>
    <name>Buurtplein::ReportExport</name>
    <message>
        <source>Choose a gemeente or a programme, a quarter and a file for the report.</source>
        <extracomment>Quarterly report: the form is incomplete</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was not made: %1</source>
        <extracomment>Quarterly report: a table could not be fetched, so no file was written; %1 says why</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be saved as %1. Choose another folder.</source>
        <extracomment>Quarterly report: the PDF could not be written; %1 is its path</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Buurtplein::ScheduleEditor</name>
    <message>
        <source>This activity no longer exists.</source>
        <extracomment>Schedule editor: the activity was removed (e.g. by a sync) before its schedule was opened.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This schedule no longer exists.</source>
        <extracomment>Schedule editor: the schedule was removed (e.g. by a sync) before it was opened.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This schedule was imported in a form that cannot be shown here, and it has no more sessions. What you save replaces it.</source>
        <extracomment>Schedule editor: an imported schedule whose repetition cannot be shown in words and that has no future sessions.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This schedule was imported in a form that cannot be shown here. Its next sessions: %1. What you save replaces it.</source>
        <extracomment>Schedule editor: an imported schedule whose repetition cannot be shown in words; %1 lists its next sessions.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>Schedule editor preview: %1 is a date such as &quot;Monday 30 November 2026&quot;, %2 a time range &quot;14:00–15:30&quot;.
----------
Holiday offer in the schedule editor: %1 a holiday&apos;s name, %2 its date, e.g. &quot;Christmas Day, Friday 25 December&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 to %3</source>
        <extracomment>Holiday offer in the schedule editor: %1 a school holiday&apos;s name, %2 and %3 its first and last day.</extracomment>
        <translation type="unfinished"></translation>
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
    <name>Buurtplein::SessionActions</name>
    <message>
        <source>Host absent</source>
        <extracomment>Why a session is cancelled: the person who runs it cannot come</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue not available</source>
        <extracomment>Why a session is cancelled: the room or place cannot be used</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weather</source>
        <extracomment>Why a session is cancelled: the weather</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too few participants</source>
        <extracomment>Why a session is cancelled: too few people signed up or came</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday</source>
        <extracomment>Why a session is cancelled: a public or school holiday</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety</source>
        <extracomment>Why a session is cancelled: safety</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other reason</source>
        <extracomment>Why a session is cancelled: another reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <extracomment>Status of an activity that has stopped for a while: residents see no dates</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <extracomment>Status of an activity that has stopped for good</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <extracomment>Status of an activity that runs as scheduled</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A schedule from another calendar, from %1 at %2. It can only be replaced.</source>
        <extracomment>A schedule (imported from another calendar) the app cannot put in words; %1 is its first date, %2 its time</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fixed place</source>
        <extracomment>Where an activity takes place when it has no fixed place</extracomment>
        <translation type="unfinished">ቀዋሚ ቦታ የብሉን</translation>
    </message>
    <message>
        <source>Moved to %1</source>
        <extracomment>What residents see on a moved session, e.g. &quot;Moved to Tue 1 Dec 14:00&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session is not in the schedule of its activity.</source>
        <extracomment>Acting on a session that no schedule of its activity has (any more)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session has already started. Log it as not held instead.</source>
        <extracomment>Cancelling, moving or restoring a session that has already begun</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose why the session is cancelled.</source>
        <extracomment>Cancelling a session without choosing one of the listed reasons</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the new date and time of the session.</source>
        <extracomment>Moving a session without a valid new date and time</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new time has already passed. Choose a moment in the future.</source>
        <extracomment>Moving a session to a moment that has already passed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This place is not in the catalogue.</source>
        <extracomment>Moving a session to a place that is not in the catalogue</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session&apos;s own time has already passed. Move it again instead.</source>
        <extracomment>Undoing the move of a session whose original time has already passed</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Buurtplein::SessionLogEditor</name>
    <message>
        <source>Host absent</source>
        <extracomment>Why a session did not take place: the host or volunteers could not come</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place not available</source>
        <extracomment>Why a session did not take place: the room or place could not be used</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weather</source>
        <extracomment>Why a session did not take place</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too few participants</source>
        <extracomment>Why a session did not take place: hardly anyone came</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public or school holiday</source>
        <extracomment>Why a session did not take place</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety</source>
        <extracomment>Why a session did not take place</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <extracomment>Why a session did not take place: any other reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0–11 years</source>
        <extracomment>Age band on the session log form: children up to 11 years old</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12–17 years</source>
        <extracomment>Age band on the session log form</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18–26 years</source>
        <extracomment>Age band on the session log form</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>27–66 years</source>
        <extracomment>Age band on the session log form</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>67 and older</source>
        <extracomment>Age band on the session log form: 67 years and older</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social worker mode is not set up on this device.</source>
        <extracomment>Saving a session log on a device that is not set up for social worker mode</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Buurtplein::SetAsideModel</name>
    <message>
        <source>Activity “%1”</source>
        <extracomment>A refused change to an activity&apos;s details; %1 is the activity&apos;s title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule of “%1”</source>
        <extracomment>A refused change to an activity&apos;s schedule; %1 is the activity&apos;s title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session of “%1” on %2</source>
        <extracomment>A refused cancel or move of one session; %1 is the activity&apos;s title, %2 the session&apos;s day</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log of “%1” on %2</source>
        <extracomment>A refused session log; %1 is the activity&apos;s title, %2 the session&apos;s day</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Buurtplein::StatsClient</name>
    <message>
        <source>The hub sent figures this version of the app cannot read, so none are shown. Ask the hub&apos;s administrator whether the app needs an update.</source>
        <extracomment>The hub answered with figures in a form this app cannot read</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a table and a file to export to.</source>
        <extracomment>CSV export: nothing to export or no file chosen</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table could not be saved as %1. Choose another folder.</source>
        <extracomment>CSV export: the file could not be written; %1 is its path</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub cannot be reached, and this device has no saved figures for this choice yet. Try again when you are online.</source>
        <extracomment>Dashboard: the hub cannot be reached and the device has no saved figures for this choice</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub did not accept this choice of filters.</source>
        <extracomment>Dashboard: the hub refused the filters; %1 is the hub&apos;s own explanation</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub did not accept this choice of filters: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub no longer accepts this evaluator key. Sign in again with a new one.</source>
        <extracomment>Dashboard: the evaluator key was revoked or is unknown</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key may not read statistics. Ask your coordinator for an evaluator key.</source>
        <extracomment>Dashboard: the key may not read statistics</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub could not give these figures (error %1). Try again later.</source>
        <extracomment>Dashboard: any other error from the hub; %1 is the HTTP status</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Buurtplein::StatsTableModel</name>
    <message>
        <source>fewer than %1</source>
        <extracomment>A suppressed statistics cell: too few participants to show; %1 is the threshold k (e.g. 10)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>A share in a statistics table; %1 is a whole percentage</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Buurtplein::SyncEngine</name>
    <message>
        <source>This device has no hub address to sync with.</source>
        <extracomment>Sync cannot start because the device has no usable hub address.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalogue could not be fetched from the hub: %1</source>
        <extracomment>The catalogue could not be fetched from the hub; %1 is the reason.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub sent catalogue changes this device cannot read: %1</source>
        <extracomment>The hub sent catalogue data the app cannot read; %1 says what.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub&apos;s catalogue feed does not move on; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue changes from the hub could not be stored: %1</source>
        <extracomment>Catalogue changes from the hub could not be stored; %1 says why.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes could not be sent to the hub and will be sent later: %1</source>
        <extracomment>Changes could not be sent to the hub and wait for the next try; %1 is the reason.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub did not accept this device&apos;s access: %1</source>
        <extracomment>The hub no longer accepts this device (e.g. its access was revoked); %1 is the hub&apos;s sentence.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub&apos;s answer could not be stored on this device; the changes will be sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this on the hub first (now version %1). Your change was kept aside; look at both and redo it if it is still needed.</source>
        <extracomment>A social worker&apos;s edit was refused because someone changed the same record on the hub first.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A colleague logged this session already (%1). Yours (%2) was not sent: keep theirs, or send yours to replace it.</source>
        <extracomment>A session log refused because a colleague logged the same session first; %1 and %2 are the two logs&apos; counts</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n people took part</source>
        <extracomment>A colleague&apos;s log of a session (how many took part, or that it was not held)
----------
This device&apos;s log of the same session</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Buurtplein::SyncService</name>
    <message>
        <source>Not synced yet</source>
        <extracomment>Sync card: this device has never finished a sync with the hub</extracomment>
        <translation>ገና ኣይተሰማምዐን</translation>
    </message>
    <message>
        <source>Last synced %1</source>
        <extracomment>Sync card: when the last sync with the hub ended, today; %1 is the time, e.g. 10:42</extracomment>
        <translation>ናይ መወዳእታ ምስምማዕ: %1</translation>
    </message>
    <message>
        <source>Last synced %1, %2</source>
        <extracomment>Sync card: when the last sync with the hub ended, before today; %1 is the day, %2 the time</extracomment>
        <translation>ናይ መወዳእታ ምስምማዕ: %1፡ %2</translation>
    </message>
    <message>
        <source>The hub cannot be reached. Your changes stay on this device and are sent when it is back.</source>
        <extracomment>Sync card: the hub could not be reached; nothing is lost</extracomment>
        <translation>ናብ ሃብ ክብጻሕ ኣይተኻእለን። ለውጥታትካ ኣብዚ መሳርሒ ይጸንሑ፡ ክምለስ ከሎ ድማ ይለኣኹ።</translation>
    </message>
    <message>
        <source>This is not a web address. A hub&apos;s address looks like https://hub.example.nl.</source>
        <extracomment>Settings: the typed hub address is not a web address</extracomment>
        <translation>እዚ ናይ ወብ ኣድራሻ ኣይኮነን። ኣድራሻ ሃብ ከምዚ ይመስል፡ https://hub.example.nl።</translation>
    </message>
    <message>
        <source>The hub cannot be reached. The activities on this device stay available; the app tries again later.</source>
        <extracomment>Sync card on a resident&apos;s device: the hub could not be reached; the catalogue on the device still works</extracomment>
        <translation>ናብ ሃብ ክብጻሕ ኣይተኻእለን። ኣብዚ መሳርሒ ዘለዉ ንጥፈታት ይጸንሑ፡ እቲ ኣፕ ደሓር እንደገና ይፍትን።</translation>
    </message>
    <message>
        <source>Catalogue downloaded; preparing it for search…</source>
        <extracomment>Sync card: the catalogue file is downloaded and is being made searchable</extracomment>
        <translation>ካታሎግ ወሪዱ ኣሎ፤ ንምድላይ ይዳሎ ኣሎ…</translation>
    </message>
    <message>
        <source>Downloading the catalogue: %1 of %2. You can keep using the app.</source>
        <extracomment>Sync card: a first sync downloads the catalogue; %1 and %2 are sizes such as &quot;12.3 MB&quot;</extracomment>
        <translation>ካታሎግ ይወርድ ኣሎ፦ %1 ካብ %2። ነቲ ኣፕ ምጥቃም ክትቅጽል ትኽእል ኢኻ።</translation>
    </message>
</context>
<context>
    <name>Buurtplein::Terms</name>
    <message>
        <source>Language &amp; meeting</source>
        <extracomment>Activity category</extracomment>
        <translation>ቋንቋን ርክብን</translation>
    </message>
    <message>
        <source>Walk-in &amp; coffee</source>
        <extracomment>Activity category: walk-in coffee mornings and the like</extracomment>
        <translation>ቡንን ክፉት ርክብን</translation>
    </message>
    <message>
        <source>Sport &amp; exercise</source>
        <extracomment>Activity category</extracomment>
        <translation>ስፖርትን ምንቅስቓስን</translation>
    </message>
    <message>
        <source>Culture &amp; creative</source>
        <extracomment>Activity category</extracomment>
        <translation>ባህልን ስነ-ጥበብን</translation>
    </message>
    <message>
        <source>Cooking &amp; food</source>
        <extracomment>Activity category</extracomment>
        <translation>ምብሳልን መግብን</translation>
    </message>
    <message>
        <source>Children &amp; family</source>
        <extracomment>Activity category</extracomment>
        <translation>ቆልዑን ስድራን</translation>
    </message>
    <message>
        <source>Young people</source>
        <extracomment>Activity category
----------
Audience of an activity</extracomment>
        <translation>መንእሰያት</translation>
    </message>
    <message>
        <source>Older people</source>
        <extracomment>Activity category
----------
Audience of an activity</extracomment>
        <translation>ኣረጋውያን</translation>
    </message>
    <message>
        <source>Green &amp; sustainable</source>
        <extracomment>Activity category</extracomment>
        <translation>ኣከባቢን ተፈጥሮን</translation>
    </message>
    <message>
        <source>Work &amp; learning</source>
        <extracomment>Activity category</extracomment>
        <translation>ስራሕን ትምህርትን</translation>
    </message>
    <message>
        <source>Advice &amp; consultation</source>
        <extracomment>Activity category: consultation hours, advice desks</extracomment>
        <translation>ምኽሪን ሓገዝን</translation>
    </message>
    <message>
        <source>Dialogue</source>
        <extracomment>Activity category</extracomment>
        <translation>ዘተ</translation>
    </message>
    <message>
        <source>Party &amp; festival</source>
        <extracomment>Activity category</extracomment>
        <translation>ጽምብልን ፌስቲቫልን</translation>
    </message>
    <message>
        <source>Helping neighbours &amp; volunteering</source>
        <extracomment>Activity category</extracomment>
        <translation>ሓገዝ ጎረባብትን ወለንታዊ ስራሕን</translation>
    </message>
    <message>
        <source>Everyone</source>
        <extracomment>Audience of an activity: open to all</extracomment>
        <translation>ኩሉ ሰብ</translation>
    </message>
    <message>
        <source>Women</source>
        <extracomment>Audience of an activity</extracomment>
        <translation>ኣንስቲ</translation>
    </message>
    <message>
        <source>Men</source>
        <extracomment>Audience of an activity</extracomment>
        <translation>ሰብኡት</translation>
    </message>
    <message>
        <source>Children</source>
        <extracomment>Audience of an activity</extracomment>
        <translation>ቆልዑ</translation>
    </message>
    <message>
        <source>Parents with children</source>
        <extracomment>Audience of an activity</extracomment>
        <translation>ወለዲ ምስ ቆልዑ</translation>
    </message>
    <message>
        <source>New neighbours</source>
        <extracomment>Audience of an activity</extracomment>
        <translation>ሓደስቲ ጎረባብቲ</translation>
    </message>
    <message>
        <source>Speakers of other languages</source>
        <extracomment>Audience of an activity: people whose first language is not Dutch</extracomment>
        <translation>ካልእ ቋንቋ ዝዛረቡ</translation>
    </message>
    <message>
        <source>Carers</source>
        <extracomment>Audience of an activity: people caring for a relative</extracomment>
        <translation>ንቤተሰቦም ዝሕልዉ</translation>
    </message>
    <message>
        <source>Wheelchair accessible</source>
        <extracomment>Accessibility feature of a place</extracomment>
        <translation>ንዓረብያ ስንኩላን ምቹእ</translation>
    </message>
    <message>
        <source>Step-free entrance</source>
        <extracomment>Accessibility feature of a place</extracomment>
        <translation>መእተዊ ብዘይ መደያይቦ</translation>
    </message>
    <message>
        <source>Accessible toilet</source>
        <extracomment>Accessibility feature of a place</extracomment>
        <translation>ንስንኩላን ዝምችእ ሽቓቕ</translation>
    </message>
    <message>
        <source>Hearing loop</source>
        <extracomment>Accessibility feature of a place: induction loop for hearing aids</extracomment>
        <translation>ንመስምዒ ዝሕግዝ መሳርሒ</translation>
    </message>
    <message>
        <source>Disabled parking</source>
        <extracomment>Accessibility feature of a place</extracomment>
        <translation>ናይ ስንኩላን መዕረፊ መኪና</translation>
    </message>
    <message>
        <source>Quiet room</source>
        <extracomment>Accessibility feature of a place</extracomment>
        <translation>ህዱእ ክፍሊ</translation>
    </message>
    <message>
        <source>Library</source>
        <extracomment>Kind of meeting place</extracomment>
        <translation>ቤተ-መጻሕፍቲ</translation>
    </message>
    <message>
        <source>Community centre</source>
        <extracomment>Kind of meeting place</extracomment>
        <translation>ማእከል ከባቢ</translation>
    </message>
    <message>
        <source>Square</source>
        <extracomment>Kind of meeting place</extracomment>
        <translation>ኣደባባይ</translation>
    </message>
    <message>
        <source>Park</source>
        <extracomment>Kind of meeting place</extracomment>
        <translation>ፓርክ</translation>
    </message>
    <message>
        <source>Playground</source>
        <extracomment>Kind of meeting place</extracomment>
        <translation>መጻወቲ ቆልዑ</translation>
    </message>
    <message>
        <source>School yard</source>
        <extracomment>Kind of meeting place</extracomment>
        <translation>ቀጽሪ ቤት ትምህርቲ</translation>
    </message>
    <message>
        <source>School</source>
        <extracomment>Kind of meeting place</extracomment>
        <translation>ቤት ትምህርቲ</translation>
    </message>
    <message>
        <source>Sports facility</source>
        <extracomment>Kind of meeting place</extracomment>
        <translation>ቦታ ስፖርት</translation>
    </message>
    <message>
        <source>Swimming pool</source>
        <extracomment>Kind of meeting place</extracomment>
        <translation>መሐምበሲ</translation>
    </message>
    <message>
        <source>Community garden</source>
        <extracomment>Kind of meeting place</extracomment>
        <translation>ናይ ከባቢ ጀርዲን</translation>
    </message>
    <message>
        <source>Place of worship</source>
        <extracomment>Kind of meeting place</extracomment>
        <translation>ቦታ ኣምልኾ</translation>
    </message>
    <message>
        <source>Second-hand shop</source>
        <extracomment>Kind of meeting place</extracomment>
        <translation>ድኳን ዝተጠቕመሉ ኣቑሑት</translation>
    </message>
    <message>
        <source>Café or restaurant</source>
        <extracomment>Kind of meeting place</extracomment>
        <translation>ካፈ ወይ ቤት መግቢ</translation>
    </message>
    <message>
        <source>Market</source>
        <extracomment>Kind of meeting place</extracomment>
        <translation>ዕዳጋ</translation>
    </message>
    <message>
        <source>Theatre and culture</source>
        <extracomment>Kind of meeting place</extracomment>
        <translation>ቴያትርን ባህልን</translation>
    </message>
    <message>
        <source>Multi-purpose centre</source>
        <extracomment>Kind of meeting place</extracomment>
        <translation>ብዙሕ ዕላማ ዘለዎ ማእከል</translation>
    </message>
    <message>
        <source>Care location</source>
        <extracomment>Kind of meeting place</extracomment>
        <translation>ማእከል ክንክን</translation>
    </message>
    <message>
        <source>Asylum seekers&apos; centre</source>
        <extracomment>Kind of meeting place</extracomment>
        <translation>ማእከል ሓተትቲ ዑቕባ</translation>
    </message>
    <message>
        <source>Service desk</source>
        <extracomment>Kind of meeting place</extracomment>
        <translation>ቤት ጽሕፈት ኣገልግሎት</translation>
    </message>
    <message>
        <source>No fixed place</source>
        <extracomment>Kind of meeting place</extracomment>
        <translation>ቀዋሚ ቦታ የብሉን</translation>
    </message>
    <message>
        <source>Free</source>
        <extracomment>Cost of an activity that costs nothing</extracomment>
        <translation>ብነጻ</translation>
    </message>
    <message>
        <source>%1 m</source>
        <extracomment>A distance in metres, rounded to tens, e.g. &quot;350 m&quot;</extracomment>
        <translation>%1 ሜ</translation>
    </message>
    <message>
        <source>%1 km</source>
        <extracomment>A distance in kilometres, e.g. &quot;1.2 km&quot;</extracomment>
        <translation>%1 ኪሜ</translation>
    </message>
</context>
<context>
    <name>Buurtplein::UnloggedSessionsModel</name>
    <message>
        <source>Today</source>
        <extracomment>The day of a session in a list of sessions to log</extracomment>
        <translation type="unfinished">ሎሚ</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <extracomment>The day of a session in a list of sessions to log</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>A session&apos;s day and time, e.g. &quot;Yesterday, 10:00–12:00&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Buurtplein::WorkerEnrolment</name>
    <message>
        <source>The hub does not know this code. Check that you typed it correctly, or ask your coordinator for a new one.</source>
        <extracomment>Enrolment failed: the hub does not know the typed code</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code has already been used: each code works only once. Ask your coordinator for a new one.</source>
        <extracomment>Enrolment failed: the one-time code was already redeemed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code has expired. Ask your coordinator for a new one.</source>
        <extracomment>Enrolment failed: the one-time code is too old</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub says this is not an enrolment code. A code has 16 letters and digits, like K7QM-3XPA-9RTD-2FHC.</source>
        <extracomment>Enrolment failed: the hub says the text is not a code at all</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub could not enrol this device (error %1). Try again later, or ask your coordinator.</source>
        <extracomment>Enrolment failed with an HTTP error the app has no sentence for; %1 is the status number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device is already enrolled for %1. Leave that organisation first.</source>
        <extracomment>Enrolment refused: the device already belongs to an organisation; %1 is its name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the hub&apos;s address as well, such as https://hub.example.nl. Your coordinator gives it with the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub&apos;s address is not a web address. It looks like https://hub.example.nl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device cannot enrol: the app has no connection to the hub.</source>
        <extracomment>Enrolment: this build of the app cannot talk to a hub</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub at %1 cannot be reached. Check the address and the internet connection, then try again.</source>
        <extracomment>Enrolment: the hub could not be reached; %1 is its address</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from %1 is not what a Buurtplein hub sends. Check the hub&apos;s address, or ask your coordinator.</source>
        <extracomment>Enrolment: the server answered, but not as a Buurtplein hub would</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device could not keep the organisation&apos;s key safely, so it is not enrolled. Ask your coordinator for a new code and try again.</source>
        <extracomment>Enrolment: the hub gave access but the device could not keep its key safely</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device could not save the enrolment, so it is not enrolled. Ask your coordinator for a new code and try again.</source>
        <extracomment>Enrolment: the device&apos;s own database refused the enrolment</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device leaves %1. No changes are waiting to be sent; the session logs and notes on this device are removed.</source>
        <extracomment>Leave dialog when no change waits for the hub; %1 is the organisation</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This device leaves %1. %n change(s) not yet sent to the hub will be lost, and the session logs and notes on this device are removed.</source>
        <extracomment>Leave dialog: %1 is the organisation, %n the number of changes the hub has not received</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This device is not enrolled for an organisation.</source>
        <extracomment>Leaving refused: the device belongs to no organisation</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session logs on this device could not be removed, so it is still enrolled. Try again.</source>
        <extracomment>Leaving failed: the device&apos;s database refused to remove the organisation&apos;s data</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation&apos;s key could not be removed from this device, so it is still enrolled. Try again.</source>
        <extracomment>Leaving failed: the organisation&apos;s key could not be removed from the device</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code is for %1, but this device works for %2, and its unsent changes belong to %2. Ask your coordinator for a code of %2.</source>
        <extracomment>Renewing a device&apos;s access with a code of another organisation; %1 is the code&apos;s organisation, %2 the device&apos;s</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The hub no longer accepts this device. %n change(s) wait on it and stay: ask your coordinator for a new code and enter it with “Enter a new code”; they are sent then. Leaving the organisation would remove them.</source>
        <extracomment>Sync card: the hub refused the device&apos;s key (401), e.g. the coordinator withdrew it; %n changes wait on the device</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The hub no longer accepts this device. Ask your coordinator for a new code and enter it with “Enter a new code”.</source>
        <extracomment>Sync card: the hub refused the device&apos;s key (401) and no change waits on the device</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Buurtplein::WorkerSessionsModel</name>
    <message>
        <source>Cancelled</source>
        <extracomment>Status of one date of an activity that will not take place</extracomment>
        <translation type="unfinished">ተሰሪዙ</translation>
    </message>
    <message>
        <source>Moved</source>
        <extracomment>Status of one date of an activity that takes place elsewhere or at another time</extracomment>
        <translation type="unfinished">ተቐይሩ</translation>
    </message>
    <message>
        <source>Moved to %1</source>
        <extracomment>What residents see on a moved session, e.g. &quot;Moved to Tue 1 Dec 14:00&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not held</source>
        <extracomment>Summary of a session log: the session did not take place</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n attended</source>
        <extracomment>Summary of a session log: how many people took part</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CancelSessionDialog</name>
    <message>
        <source>Cancel this session?</source>
        <extracomment>Title of the dialog that cancels one session of an activity</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is it cancelled?</source>
        <extracomment>Asks for the reason a session is cancelled</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residents will see: Cancelled — %1</source>
        <extracomment>What residents will see on a cancelled session; %1 is the reason, e.g. &quot;Cancelled — Weather&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel session</source>
        <extracomment>Confirms cancelling the session for the chosen reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <extracomment>Closes the cancel dialog; the session goes ahead</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountStepper</name>
    <message>
        <source>Fewer %1</source>
        <extracomment>Button lowering a count on the session log form; %1 is what is counted, e.g. &quot;Fewer People who took part&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More %1</source>
        <extracomment>Button raising a count on the session log form; %1 is what is counted, e.g. &quot;More People who took part&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardFilters</name>
    <message>
        <source>Sessions planned</source>
        <extracomment>Dashboard metric</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions held</source>
        <extracomment>Dashboard metric</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions cancelled</source>
        <extracomment>Dashboard metric</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of sessions held</source>
        <extracomment>Dashboard metric</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <extracomment>Dashboard metric: total attendance (participation)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean attendance per session</source>
        <extracomment>Dashboard metric</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of first-timers</source>
        <extracomment>Dashboard metric</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share with a host present</source>
        <extracomment>Dashboard metric</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteers</source>
        <extracomment>Dashboard metric</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joins in the app</source>
        <extracomment>Dashboard metric: anonymous joins in the app</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joins per attendee</source>
        <extracomment>Dashboard metric</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity used</source>
        <extracomment>Dashboard metric</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aged 0–11</source>
        <extracomment>Dashboard metric: attendance aged 0 to 11</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aged 12–17</source>
        <extracomment>Dashboard metric</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aged 18–26</source>
        <extracomment>Dashboard metric</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aged 27–66</source>
        <extracomment>Dashboard metric</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aged 67 and over</source>
        <extracomment>Dashboard metric</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New to the neighbourhood</source>
        <extracomment>Dashboard metric</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <extracomment>Dashboard filter: no restriction</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemeente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buurt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <extracomment>Dashboard filter heading</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure shown</source>
        <extracomment>Dashboard: screen reader name of the box that chooses which figure is shown</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <extracomment>Dashboard period: a quarter; %1 is its number 1-4, %2 the year</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: %1</source>
        <extracomment>Dashboard: the period box; %1 is the chosen year or quarter</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Evaluate</source>
        <extracomment>Title of the evaluator&apos;s dashboard</extracomment>
        <translation type="unfinished">ገምጋም</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <extracomment>Dashboard: where the CSV export was saved; %1 is the file&apos;s path</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <extracomment>File dialog filter for the CSV export</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participation in figures</source>
        <extracomment>Dashboard heading</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over time: %1</source>
        <extracomment>Dashboard section: the chosen figure over time</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per month</source>
        <extracomment>Dashboard: trend per week or per month</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By area</source>
        <extracomment>Dashboard section: the figure per area, as a table and on the map</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per buurt</source>
        <extracomment>Dashboard: areas per buurt or per wijk</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per wijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By category</source>
        <extracomment>Dashboard section: the figure per activity category</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By programme</source>
        <extracomment>Dashboard section: the figure per programme</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarterly report (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time step</source>
        <extracomment>Dashboard: screen reader name of the per week / per month choice</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area level</source>
        <extracomment>Dashboard: screen reader name of the per buurt / per wijk choice</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every figure carries a little fixed noise (at most %1 either way), so totals may differ slightly from the sum of their parts; cells with fewer than %2 participants or %3 sessions are not shown.</source>
        <extracomment>Dashboard: how the released figures are protected; %1 is the largest perturbation (4), %2 is k, %3 the minimum sessions</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardSection</name>
    <message>
        <source>Export CSV</source>
        <extracomment>Dashboard: exports the table shown as a CSV file</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>%1: day</source>
        <extracomment>Accessible name of the day choice of a date; %1 names the date, e.g. &quot;First session&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: month</source>
        <extracomment>Accessible name of the month choice of a date; %1 names the date</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: year</source>
        <extracomment>Accessible name of the year choice of a date; %1 names the date</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayPicker</name>
    <message>
        <source>Previous month</source>
        <extracomment>Shows the previous month in the calendar</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next month</source>
        <extracomment>Shows the next month in the calendar</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiscreetMode</name>
    <message>
        <source>Discreet mode is already on.</source>
        <extracomment>Shown when discreet mode is switched on while it is already on.</extracomment>
        <translation>ምስጢራዊ ኣገባብ ድሮ ተወሊዑ ኣሎ።</translation>
    </message>
    <message>
        <source>Choose a PIN of 4 to 8 digits.</source>
        <extracomment>The PIN that protects discreet mode.</extracomment>
        <translation>ካብ 4 ክሳብ 8 ቁጽሪ ዘለዎ PIN ምረጽ።</translation>
    </message>
    <message>
        <source>Could not save the PIN on this device.</source>
        <translation>PIN ኣብዚ መሳርሒ ክዕቀብ ኣይተኻእለን።</translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <extracomment>Shown when the PIN typed to leave discreet mode is not the right one.</extracomment>
        <translation>እቲ PIN ቅኑዕ ኣይኮነን።</translation>
    </message>
    <message>
        <source>Could not switch discreet mode off on this device.</source>
        <translation>ምስጢራዊ ኣገባብ ኣብዚ መሳርሒ ክጠፍእ ኣይተኻእለን።</translation>
    </message>
</context>
<context>
    <name>DutchHolidays</name>
    <message>
        <source>King&apos;s Day</source>
        <extracomment>Dutch public holiday Koningsdag, 27 April (26 April when the 27th is a Sunday).</extracomment>
        <translation>መዓልቲ ንጉስ</translation>
    </message>
    <message>
        <source>Queen&apos;s Day</source>
        <translation>መዓልቲ ንግስቲ</translation>
    </message>
    <message>
        <source>New Year&apos;s Day</source>
        <extracomment>Dutch public holiday Nieuwjaarsdag, 1 January.</extracomment>
        <translation>ሓድሽ ዓመት</translation>
    </message>
    <message>
        <source>Good Friday</source>
        <extracomment>Dutch public holiday Goede Vrijdag.</extracomment>
        <translation>ዓርቢ ስቕለት</translation>
    </message>
    <message>
        <source>Easter Sunday</source>
        <extracomment>Dutch public holiday Eerste Paasdag.</extracomment>
        <translation>ፋሲካ</translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <extracomment>Dutch public holiday Tweede Paasdag.</extracomment>
        <translation>ሰኑይ ፋሲካ</translation>
    </message>
    <message>
        <source>Liberation Day</source>
        <extracomment>Dutch public holiday Bevrijdingsdag, 5 May.</extracomment>
        <translation>መዓልቲ ሓርነት</translation>
    </message>
    <message>
        <source>Ascension Day</source>
        <extracomment>Dutch public holiday Hemelvaartsdag.</extracomment>
        <translation>ዕርገት</translation>
    </message>
    <message>
        <source>Whit Sunday</source>
        <extracomment>Dutch public holiday Eerste Pinksterdag.</extracomment>
        <translation>በዓለ ሃምሳ</translation>
    </message>
    <message>
        <source>Whit Monday</source>
        <extracomment>Dutch public holiday Tweede Pinksterdag.</extracomment>
        <translation>ሰኑይ በዓለ ሃምሳ</translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <extracomment>Dutch public holiday Eerste Kerstdag, 25 December.</extracomment>
        <translation>ልደት</translation>
    </message>
    <message>
        <source>Second Day of Christmas</source>
        <extracomment>Dutch public holiday Tweede Kerstdag, 26 December.</extracomment>
        <translation>ካልኣይ መዓልቲ ልደት</translation>
    </message>
</context>
<context>
    <name>EnrolCode</name>
    <message>
        <source>This is not an enrolment code: a code has 16 letters and digits, like K7QM-3XPA-9RTD-2FHC.</source>
        <extracomment>Enrolment: what the social worker typed is not a code</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link is not a Buurtplein enrolment link.</source>
        <extracomment>Enrolment: a link that is not a Buurtplein enrolment link</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code in this link is incomplete or damaged; ask for a new one.</source>
        <extracomment>Enrolment: the link&apos;s code part is damaged</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address in this link is not a web address.</source>
        <extracomment>Enrolment: the link names a server address that cannot be used</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrolPage</name>
    <message>
        <source>Social work</source>
        <extracomment>Title of the page where a social worker enrols the device for their organisation</extracomment>
        <translation type="unfinished">ማሕበራዊ ስራሕ</translation>
    </message>
    <message>
        <source>This device is enrolled</source>
        <extracomment>Heading of the enrolment page on an enrolled device</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol this device</source>
        <extracomment>Heading of the enrolment page before enrolling</extracomment>
        <translation type="unfinished">ነዚ መሳርሒ ኣተኣሳስር</translation>
    </message>
    <message>
        <source>For social workers who run activities</source>
        <extracomment>Under the heading of the enrolment page: who the page is for</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolling links this device to your organisation, so that you can manage its activities and log sessions, also without internet. Residents do not need this: everything else in the app works without enrolling.</source>
        <extracomment>Explains enrolment in two sentences, before the code field</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment code or link</source>
        <extracomment>Label of the field for the one-time enrolment code
----------
Screen-reader name of the enrolment code field</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your coordinator gives you a code of 16 letters and digits, or a link you can paste here.</source>
        <extracomment>Under the code field: where the code comes from</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other hub</source>
        <extracomment>Shows the hub address field although the link named a hub</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub address</source>
        <extracomment>Label of the field for the hub&apos;s web address
----------
Screen-reader name of the hub address field</extracomment>
        <translation type="unfinished">ኣድራሻ ሃብ</translation>
    </message>
    <message>
        <source>Enrol</source>
        <extracomment>Button that redeems the enrolment code at the hub</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the hub</source>
        <extracomment>Screen-reader name of the spinner while the hub is asked</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of this device (optional)</source>
        <extracomment>Label of the optional field that names the device for the coordinator</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. tablet buurthuis</source>
        <extracomment>Example name of a device in the enrolment form</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of this device</source>
        <extracomment>Screen-reader name of the device name field</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your coordinator sees this name in the list of enrolled devices, so that a lost tablet can be switched off.</source>
        <extracomment>Under the device name field: why it is asked</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a new code</source>
        <extracomment>Heading of the enrolment page when the hub refused the device&apos;s key: a new code renews it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub no longer accepts this device&apos;s key. A new code from your coordinator for %1 renews it; the changes waiting on this device stay and are sent then.</source>
        <extracomment>Enrolment page when the hub refused the device&apos;s key; %1 is the organisation</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrolledSummary</name>
    <message>
        <source>Done: this device is now enrolled for %1. The Work tab at the bottom shows its activities.</source>
        <extracomment>After enrolling; %1 is the organisation</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A link asked to enrol this device, but it is already enrolled for %1. To use the link&apos;s code, leave %1 first.</source>
        <extracomment>An enrolment link was opened on a device that is already enrolled; %1 is its organisation</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device has no keychain, so the organisation&apos;s key is kept in a file that only your user account can read.</source>
        <extracomment>Shown when the device has no keychain for the organisation&apos;s key</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave %1</source>
        <extracomment>Button that removes the device from its organisation</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluatorSignInPage</name>
    <message>
        <source>Evaluator</source>
        <extracomment>Title of the evaluator sign-in page</extracomment>
        <translation type="unfinished">ገምጋሚ</translation>
    </message>
    <message>
        <source>Programme evaluation</source>
        <extracomment>Heading of the evaluator sign-in page</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participation figures per neighbourhood, period, category and programme. Never about a person.</source>
        <extracomment>Under the heading: what an evaluator sees</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the hub&apos;s address and the evaluator key your coordinator gave you.</source>
        <extracomment>Evaluator sign-in: what to fill in</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hub address, e.g. https://hub.example.nl</source>
        <extracomment>Evaluator sign-in: the hub address field</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluator key</source>
        <extracomment>Evaluator sign-in: the field the key is pasted into</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <extracomment>Evaluator sign-in button</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as evaluator at %1</source>
        <extracomment>Evaluator page once signed in; %1 is the hub&apos;s address</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the dashboard</source>
        <extracomment>Evaluator page: opens the dashboard</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <extracomment>Evaluator page: removes the key and the saved figures from this device</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterSheet</name>
    <message>
        <source>Language spoken</source>
        <extracomment>Filter group: languages spoken at the activity</extracomment>
        <translation>ዝዝረብ ቋንቋ</translation>
    </message>
    <message>
        <source>For whom</source>
        <extracomment>Filter group: who the activity is meant for</extracomment>
        <translation>ንመን</translation>
    </message>
    <message>
        <source>Cost and access</source>
        <extracomment>Filter group: cost and accessibility</extracomment>
        <translation>ዋጋን ተበጻሕነትን</translation>
    </message>
    <message>
        <source>Free only</source>
        <extracomment>Filter: only activities that cost nothing</extracomment>
        <translation>ብነጻ ጥራይ</translation>
    </message>
    <message>
        <source>Wheelchair accessible</source>
        <extracomment>Filter: only places a wheelchair user can enter</extracomment>
        <translation>ንዓረብያ ስንኩላን ምቹእ</translation>
    </message>
    <message>
        <source>Day</source>
        <extracomment>Filter group: which day</extracomment>
        <translation>መዓልቲ</translation>
    </message>
    <message>
        <source>Part of the day</source>
        <extracomment>Filter group: morning, afternoon or evening</extracomment>
        <translation>ክፋል መዓልቲ</translation>
    </message>
    <message>
        <source>Morning</source>
        <extracomment>Filter chip: part of the day</extracomment>
        <translation>ንግሆ</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <extracomment>Filter chip: part of the day</extracomment>
        <translation>ድሕሪ ቐትሪ</translation>
    </message>
    <message>
        <source>Evening</source>
        <extracomment>Filter chip: part of the day</extracomment>
        <translation>ምሸት</translation>
    </message>
    <message>
        <source>Distance</source>
        <extracomment>Filter group: how far from the resident</extracomment>
        <translation>ርሕቀት</translation>
    </message>
    <message>
        <source>Within %1</source>
        <extracomment>Distance filter, e.g. &quot;within 1 km&quot;</extracomment>
        <translation>ኣብ ውሽጢ %1</translation>
    </message>
    <message>
        <source>Clear all</source>
        <extracomment>Clears every search filter in one tap</extracomment>
        <translation>ኩሉ ኣጽሪ</translation>
    </message>
    <message numerus="yes">
        <source>Show %n session(s)</source>
        <extracomment>Closes the filter sheet; %n is the number of sessions found</extracomment>
        <translation>
            <numerusform>%n ውጽኢት ኣርኢ</numerusform>
            <numerusform>%n ውጽኢታት ኣርኢ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HubLine</name>
    <message>
        <source>Hub</source>
        <extracomment>Small heading above the hub&apos;s web address</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HubSettings</name>
    <message>
        <source>The address could not be saved on this device.</source>
        <extracomment>Settings: the hub address could not be stored on the device</extracomment>
        <translation>እቲ ኣድራሻ ኣብዚ መሳርሒ ክዕቀብ ኣይተኻእለን።</translation>
    </message>
    <message>
        <source>The hub is the server the activities in your neighbourhood come from. With its address, the app fetches new and changed activities. It never sends who you are. Leave it empty to use no hub.</source>
        <extracomment>Settings: explains the hub address on a resident&apos;s device</extracomment>
        <translation>ሃብ (hub) እቲ ንጥፈታት ከባቢኻ ዝመጽኡሉ ሰርቨር እዩ። ብኣድራሻኡ እቲ ኣፕ ሓደስትን ዝተቐየሩን ንጥፈታት የምጽእ። መን ምዃንካ ፈጺሙ ኣይሰድን። ሃብ ክትጥቀም እንተዘይደሊኻ ባዶ ግደፎ።</translation>
    </message>
    <message>
        <source>This device syncs with the hub of the organisation it is enrolled for.</source>
        <extracomment>Settings: the hub address is fixed because the device is enrolled for an organisation</extracomment>
        <translation>እዚ መሳርሒ ምስ ሃብ ናይቲ ዝተኣሳሰረሉ ትካል ይሰማማዕ።</translation>
    </message>
    <message>
        <source>This address was given when the app was started.</source>
        <extracomment>Settings: the hub address was given when the app was started (--hub)</extracomment>
        <translation>እዚ ኣድራሻ እቲ ኣፕ ክጅምር ከሎ እዩ ተዋሂቡ።</translation>
    </message>
    <message>
        <source>Hub address</source>
        <extracomment>Settings: screen-reader name of the field with the hub&apos;s address</extracomment>
        <translation>ኣድራሻ ሃብ</translation>
    </message>
    <message>
        <source>Save</source>
        <extracomment>Settings: keeps the typed hub address</extracomment>
        <translation>ዓቅብ</translation>
    </message>
    <message>
        <source>Save hub address</source>
        <extracomment>Settings: screen-reader name of the button that keeps the typed hub address</extracomment>
        <translation>ኣድራሻ ሃብ ዓቅብ</translation>
    </message>
</context>
<context>
    <name>JoinStore</name>
    <message>
        <source>Could not save this on your device: %1</source>
        <extracomment>Shown when the phone&apos;s own database refuses to save a join; %1 is the technical reason.</extracomment>
        <translation>ኣብ መሳርሒኻ ክዕቀብ ኣይተኻእለን፡ %1</translation>
    </message>
    <message>
        <source>This date is not in the calendar of this activity (any more), so you cannot join it.</source>
        <extracomment>Shown when the resident tries to join a date the app no longer knows (e.g. removed by the organiser).</extracomment>
        <translation>እዚ ዕለት ኣብ ዓውደ-ኣዋርሕ ናይዚ ንጥፈት የለን፡ ስለዚ ክትምዝገብ ኣይትኽእልን።</translation>
    </message>
    <message>
        <source>This activity is not in the calendar (any more), so you cannot join it.</source>
        <extracomment>Shown when the resident tries to join an activity the app no longer knows.</extracomment>
        <translation>እዚ ንጥፈት ኣብ ዓውደ-ኣዋርሕ የለን፡ ስለዚ ክትምዝገብ ኣይትኽእልን።</translation>
    </message>
    <message>
        <source>A reminder can be set from 0 minutes to 4 weeks before, or switched off.</source>
        <extracomment>Shown when a reminder time is out of range.</extracomment>
        <translation>መዘኻኸሪ ካብ 0 ደቒቕ ክሳብ 4 ሰሙን ኣቐዲሙ ክኸውን ይኽእል፡ ወይ ከተጥፍኦ ትኽእል።</translation>
    </message>
    <message>
        <source>You had not joined this.</source>
        <extracomment>Shown when the resident leaves something they had not joined (e.g. left on another screen already).</extracomment>
        <translation>ኣብዚ ኣይተመዝገብካን ኔርካ።</translation>
    </message>
</context>
<context>
    <name>LanguageMark</name>
    <message>
        <source>in %1</source>
        <extracomment>Screen reader: the language an activity&apos;s title is written in when it has no translation, e.g. &quot;in Nederlands&quot;</extracomment>
        <translation>ብቋንቋ %1</translation>
    </message>
</context>
<context>
    <name>LeaveOrganisationDialog</name>
    <message>
        <source>Leave %1?</source>
        <extracomment>Title of the dialog that confirms leaving the organisation; %1 is its name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave</source>
        <extracomment>Confirms leaving the organisation</extracomment>
        <translation>ሰርዝ</translation>
    </message>
    <message>
        <source>Stay</source>
        <extracomment>Keeps the device enrolled</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocationChooser</name>
    <message>
        <source>Distances from: %1</source>
        <extracomment>Where distances are measured from; %1 is a neighbourhood, postcode or &quot;Your position&quot;</extracomment>
        <translation>ርሕቀት ካብ: %1</translation>
    </message>
    <message>
        <source>No location set: distances are not shown.</source>
        <extracomment>The resident has not chosen where &quot;near me&quot; is</extracomment>
        <translation>ቦታ ኣይተመርጸን፡ ርሕቀት ኣይርአን።</translation>
    </message>
    <message>
        <source>Buurtplein uses your position only on this device, to show what is near you. It is never sent anywhere.</source>
        <extracomment>Why the app asks for the position, shown before the system&apos;s permission question</extracomment>
        <translation>Buurtplein ቦታኻ ኣብዚ መሳርሒ ጥራይ ይጥቀመሉ፡ ኣብ ጥቓኻ ዘሎ ንምርኣይ። ቦታኻ ናብ ካልእ ፈጺሙ ኣይለኣኽን።</translation>
    </message>
    <message>
        <source>Use my position</source>
        <extracomment>Asks the device for the resident&apos;s position</extracomment>
        <translation>ቦታይ ተጠቐም</translation>
    </message>
    <message>
        <source>Waiting for your answer…</source>
        <extracomment>While the system asks the resident whether the app may use the position</extracomment>
        <translation>መልስኻ ንጽበ ኣለና…</translation>
    </message>
    <message>
        <source>Looking for your position…</source>
        <extracomment>While the device looks for a position fix</extracomment>
        <translation>ቦታኻ ይድለ ኣሎ…</translation>
    </message>
    <message>
        <source>Or choose your neighbourhood</source>
        <extracomment>Heading of the fallback: pick a neighbourhood</extracomment>
        <translation>ወይ ከባቢኻ ምረጽ</translation>
    </message>
    <message>
        <source>Choose…</source>
        <extracomment>The neighbourhood list before one is chosen</extracomment>
        <translation>ምረጽ…</translation>
    </message>
    <message>
        <source>Or type your postcode</source>
        <extracomment>Heading of the fallback: type a postcode</extracomment>
        <translation>ወይ ፖስታ ኮድካ ጽሓፍ</translation>
    </message>
    <message>
        <source>Use</source>
        <extracomment>Uses the typed postcode</extracomment>
        <translation>ተጠቐም</translation>
    </message>
    <message>
        <source>Forget my location</source>
        <extracomment>Forgets the resident&apos;s location choice</extracomment>
        <translation>ቦታይ ረስዕ</translation>
    </message>
    <message>
        <source>Your neighbourhood</source>
        <extracomment>Screen reader name of the list of neighbourhoods in the location settings</extracomment>
        <translation>ከባቢኻ</translation>
    </message>
    <message>
        <source>Type (part of) its name</source>
        <extracomment>Placeholder of the field that finds a neighbourhood by (part of) its name</extracomment>
        <translation>ስሙ (ወይ ክፋሉ) ጽሓፍ</translation>
    </message>
    <message>
        <source>Find your neighbourhood</source>
        <extracomment>Screen reader name of the field that finds a neighbourhood by name</extracomment>
        <translation>ከባቢኻ ድለ</translation>
    </message>
    <message>
        <source>No neighbourhood by that name. Try part of the name, or your postcode below.</source>
        <extracomment>No neighbourhood name holds the typed text</extracomment>
        <translation>ብኸምዚ ስም ዝኾነ ከባቢ የለን። ክፋል ናይቲ ስም፡ ወይ ኣብ ታሕቲ ፖስታ ኮድካ ፈትን።</translation>
    </message>
</context>
<context>
    <name>LocationResolver</name>
    <message>
        <source>“%1” is not a postcode. Type four digits, and two letters if you know them, such as 1094 AB.</source>
        <extracomment>Shown when the typed text is not a Dutch postcode. %1 is what was typed.</extracomment>
        <translation>“%1” ፖስታ ኮድ ኣይኮነን። ኣርባዕተ ቁጽሪ ጽሓፍ፡ እንተ ፈሊጥካዮም ድማ ክልተ ፊደላት። ንኣብነት፡ 1094 AB።</translation>
    </message>
    <message>
        <source>No meeting places known in postcode area %1; choose your neighbourhood instead.</source>
        <extracomment>Shown when no meeting place is known in the typed postcode area. %1 is its four digits.</extracomment>
        <translation>ኣብ ከባቢ ፖስታ ኮድ %1 እንፈልጦ መራኸቢ ቦታ የለን። ኣብ ክንድኡ ከባቢኻ ምረጽ።</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Notes</source>
        <extracomment>Window title while the quick exit hides the app: looks like a plain notes app</extracomment>
        <translation>ማስታወሻ</translation>
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
        <translation>ካርታ</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <extracomment>Map button</extracomment>
        <translation>ኣቕርብ</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <extracomment>Map button</extracomment>
        <translation>ኣርሕቕ</translation>
    </message>
    <message>
        <source>Centre on me</source>
        <extracomment>Map button: centre the map on the resident</extracomment>
        <translation>ናብ ቦታይ ኪድ</translation>
    </message>
    <message>
        <source>No meeting places around here.</source>
        <extracomment>The map has no places to show around this point</extracomment>
        <translation>ኣብዚ መራኸቢ ቦታ የለን።</translation>
    </message>
    <message numerus="yes">
        <source>List the %n place(s) on the map</source>
        <extracomment>Map button: the places shown on the map as a list (for screen readers and anyone); %n is how many</extracomment>
        <translation>
            <numerusform>ኣብ ካርታ ዘሎ %n ቦታ ብዝርዝር ኣርኢ</numerusform>
            <numerusform>ኣብ ካርታ ዘለዉ %n ቦታታት ብዝርዝር ኣርኢ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) on the map</source>
        <extracomment>Heading of the list of places shown on the map; %n is how many</extracomment>
        <translation>
            <numerusform>ኣብ ካርታ %n ቦታ</numerusform>
            <numerusform>ኣብ ካርታ %n ቦታታት</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n session(s) coming</source>
        <extracomment>A place in the map&apos;s list: its name and how many sessions it has coming</extracomment>
        <translation>
            <numerusform>%1 · %n ዝመጽእ ኣኼባ</numerusform>
            <numerusform>%1 · %n ዝመጽኡ ኣኼባታት</numerusform>
        </translation>
    </message>
    <message>
        <source>Tap your neighbourhood on the map.</source>
        <extracomment>Map, choosing the resident&apos;s neighbourhood: what to do</extracomment>
        <translation>ኣብ ካርታ ንከባቢኻ ጠውቕ።</translation>
    </message>
    <message>
        <source>This is my neighbourhood</source>
        <extracomment>Map, choosing the resident&apos;s neighbourhood: keeps the buurt tapped</extracomment>
        <translation>እዚ ከባቢየይ እዩ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Map, choosing the resident&apos;s neighbourhood: stops choosing</extracomment>
        <translation>ሰርዝ</translation>
    </message>
    <message>
        <source>Choose my neighbourhood on the map</source>
        <extracomment>Map button: pick the resident&apos;s neighbourhood on the buurten&apos;s outlines</extracomment>
        <translation>ከባቢየይ ኣብ ካርታ ምረጽ</translation>
    </message>
</context>
<context>
    <name>MapRegionSettings</name>
    <message>
        <source>The map of %1 is on this device (%2, fetched %3). It works without internet.</source>
        <extracomment>Settings, offline map: the map on the device. %1 gemeente, %2 size such as &quot;22.7 MB&quot;, %3 date</extracomment>
        <translation>ካርታ %1 ኣብዚ መሳርሒ ኣሎ (%2፣ ብ%3 ዝመጸ)። ብዘይ ኢንተርነት ይሰርሕ።</translation>
    </message>
    <message>
        <source>The map shows the streets of the Indische Buurt only. Fetch the map of where you live to see every street, also without internet.</source>
        <extracomment>Settings, offline map: only the demo map is on the device, and a hub can send more</extracomment>
        <translation>እቲ ካርታ ጽርግያታት Indische Buurt ጥራይ የርኢ። ነፍሲ ወከፍ ጽርግያ ብዘይ ኢንተርነት እውን ንምርኣይ ካርታ ዝነብረሉ ቦታ ኣምጽእ።</translation>
    </message>
    <message>
        <source>The map shows the streets of the Indische Buurt only. With a hub, you can fetch the map of where you live.</source>
        <extracomment>Settings, offline map: only the demo map, and no hub to fetch another from</extracomment>
        <translation>እቲ ካርታ ጽርግያታት Indische Buurt ጥራይ የርኢ። ብሃብ ካርታ ዝነብረሉ ቦታ ከተምጽእ ትኽእል።</translation>
    </message>
    <message>
        <source>Gemeente of the map</source>
        <extracomment>Settings, offline map: screen-reader name of the choice of gemeente</extracomment>
        <translation>ምምሕዳር (gemeente) ናይቲ ካርታ</translation>
    </message>
    <message>
        <source>Update the map of %1 (%2)</source>
        <extracomment>Settings, offline map: button; %1 gemeente, %2 size such as &quot;22.7 MB&quot;</extracomment>
        <translation>ካርታ %1 ኣሐድስ (%2)</translation>
    </message>
    <message>
        <source>Fetch the map of %1 (%2)</source>
        <extracomment>Settings, offline map: button; %1 gemeente, %2 size such as &quot;22.7 MB&quot;</extracomment>
        <translation>ካርታ %1 ኣምጽእ (%2)</translation>
    </message>
    <message>
        <source>Map download</source>
        <extracomment>Settings, offline map: screen-reader name of the download&apos;s progress bar</extracomment>
        <translation>ምውራድ ካርታ</translation>
    </message>
    <message>
        <source>Checking the map…</source>
        <extracomment>Settings, offline map: the download is complete and being checked</extracomment>
        <translation>ካርታ ይምርመር ኣሎ…</translation>
    </message>
    <message>
        <source>%1 of %2 fetched. You can go on using the app.</source>
        <extracomment>Settings, offline map: download progress; %1 and %2 are sizes such as &quot;4.1 MB&quot; and &quot;22.7 MB&quot;</extracomment>
        <translation>%1 ካብ %2 መጺኡ። ነቲ ኣፕ ምጥቃም ክትቅጽል ትኽእል።</translation>
    </message>
    <message>
        <source>Stop</source>
        <extracomment>Settings, offline map: stops the download (it can go on later)</extracomment>
        <translation>ደው ኣብል</translation>
    </message>
    <message>
        <source>Stop the map download</source>
        <extracomment>Settings, offline map: screen-reader name of the button that stops the download</extracomment>
        <translation>ምውራድ ካርታ ደው ኣብል</translation>
    </message>
    <message>
        <source>Look for maps</source>
        <extracomment>Settings, offline map: asks the hub which maps it has (and whether a newer one exists)</extracomment>
        <translation>ካርታታት ድለ</translation>
    </message>
    <message>
        <source>Remove the map</source>
        <extracomment>Settings, offline map: removes the fetched map from the device</extracomment>
        <translation>ካርታ ኣልግስ</translation>
    </message>
</context>
<context>
    <name>MoveSessionPage</name>
    <message>
        <source>Move session</source>
        <extracomment>Title of the page that moves one session to another time or place</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned for %1, %2</source>
        <extracomment>The day and time a session is planned for, before moving it; %1 is its day, %2 its time</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New day</source>
        <extracomment>Heading above the calendar to choose the new day of a session</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New start time</source>
        <extracomment>Heading above the new start time of a session</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hour</source>
        <extracomment>Screen-reader name of the hour of a new start time</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <extracomment>Screen-reader name of the minutes of a new start time</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Keep its length (%n minute(s))</source>
        <extracomment>Keeps a moved session as long as it was; %n is its length in minutes</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Length in minutes</source>
        <extracomment>Label of the new length of a moved session</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <extracomment>Heading above the choice of place of a moved session</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same place (%1)</source>
        <extracomment>Keeps a moved session at its place; %1 is the place&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same place</source>
        <extracomment>Keeps a moved session where it was (no fixed place)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another place</source>
        <extracomment>Moves a session to another place, chosen by searching</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or street of the place</source>
        <extracomment>Placeholder of the search field for the new place of a session</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residents will see: %1</source>
        <extracomment>What residents will see once the session is moved; %1 is e.g. &quot;Moved to Tue 1 Dec 14:00&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <extracomment>Saves the new time and place of a session</extracomment>
        <translation type="unfinished">ዓቅብ</translation>
    </message>
</context>
<context>
    <name>MyActivitiesPage</name>
    <message>
        <source>My activities</source>
        <extracomment>Title of the page with the activities the resident joined</extracomment>
        <translation>ንጥፈታተይ</translation>
    </message>
    <message>
        <source>You have not joined anything yet. Open an activity and tap Join.</source>
        <extracomment>My activities when the resident joined nothing yet</extracomment>
        <translation>ገና ኣብ ዝኾነ ኣይተመዝገብካን። ንጥፈት ክፈት እሞ «ተመዝገብ» ጠውቕ።</translation>
    </message>
    <message>
        <source>Enter your PIN to see this page.</source>
        <extracomment>My activities while discreet mode hides it</extracomment>
        <translation>ነዚ ገጽ ንምርኣይ PIN ኣእቱ።</translation>
    </message>
    <message>
        <source>PIN</source>
        <extracomment>Placeholder of the PIN field</extracomment>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>Opens My activities with the PIN</extracomment>
        <translation>ክፈት</translation>
    </message>
</context>
<context>
    <name>MyActivityDelegate</name>
    <message>
        <source>No coming dates</source>
        <extracomment>A joined activity without dates in the coming weeks</extracomment>
        <translation>ቀረባ ዕለት የለን</translation>
    </message>
    <message>
        <source>Every time · next: %1 %2</source>
        <extracomment>A joined series and its next date: %1 is the day (&quot;Tuesday 24 November&quot;), %2 the time (&quot;14:00–15:30&quot;)</extracomment>
        <translation>ኩሉ ግዜ · ዝቕጽል: %1 %2</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <extracomment>Status of a joined session that will not take place</extracomment>
        <translation>ተሰሪዙ</translation>
    </message>
    <message>
        <source>Reminder</source>
        <extracomment>Screen reader name of the reminder choice of a joined activity</extracomment>
        <translation>መዘኻኸሪ</translation>
    </message>
    <message>
        <source>Leave</source>
        <extracomment>Leave a joined activity</extracomment>
        <translation>ሰርዝ</translation>
    </message>
</context>
<context>
    <name>NeutralPage</name>
    <message>
        <source>Notes</source>
        <extracomment>The neutral screen of the quick exit: looks like a blank notes page</extracomment>
        <translation>ማስታወሻ</translation>
    </message>
</context>
<context>
    <name>OccurrenceDelegate</name>
    <message>
        <source>cancelled</source>
        <extracomment>Screen reader description of a session that will not take place (lower case: it follows the title, time and place)</extracomment>
        <translation>ተሰሪዙ</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <extracomment>Badge on a session that will not take place</extracomment>
        <translation>ተሰሪዙ</translation>
    </message>
    <message>
        <source>Moved</source>
        <extracomment>Badge on a session that takes place elsewhere or at another time</extracomment>
        <translation>ተቐይሩ</translation>
    </message>
    <message>
        <source>No session: %1</source>
        <extracomment>Badge on a date a weekly activity skips; %1 is the holiday, e.g. &quot;No session: Christmas Day&quot;</extracomment>
        <translation>ርክብ የለን: %1</translation>
    </message>
    <message>
        <source>No session (holiday)</source>
        <extracomment>Badge on a date a weekly activity skips for a holiday without a name in the app</extracomment>
        <translation>ርክብ የለን (በዓል)</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Choose a PIN</source>
        <extracomment>Title of the PIN dialog when discreet mode is turned on</extracomment>
        <translation>PIN ምረጽ</translation>
    </message>
    <message>
        <source>Enter your PIN</source>
        <extracomment>Title of the PIN dialog when discreet mode is turned off</extracomment>
        <translation>PIN ኣእቱ</translation>
    </message>
    <message>
        <source>OK</source>
        <extracomment>Confirms the PIN typed in the PIN dialog</extracomment>
        <translation>ሕራይ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Closes the PIN dialog without changing anything</extracomment>
        <translation>ሰርዝ</translation>
    </message>
    <message>
        <source>4 to 8 digits. You need it to open My activities.</source>
        <extracomment>Explains the new PIN of discreet mode</extracomment>
        <translation>ካብ 4 ክሳብ 8 ቁጽሪ። ንጥፈታተይ ንምኽፋት የድልየካ።</translation>
    </message>
    <message>
        <source>The PIN you chose for discreet mode.</source>
        <extracomment>Asks for the PIN to turn discreet mode off</extracomment>
        <translation>ንምስጢራዊ ኣገባብ ዝመረጽካዮ PIN።</translation>
    </message>
</context>
<context>
    <name>PlacePage</name>
    <message>
        <source>Open: %1</source>
        <extracomment>Opening hours of a place, in OpenStreetMap notation such as &quot;Mo-Fr 09:00-17:00&quot;</extracomment>
        <translation>ክፉት: %1</translation>
    </message>
    <message>
        <source>Route</source>
        <extracomment>Opens the device&apos;s maps app with a route to the place</extracomment>
        <translation>መንገዲ</translation>
    </message>
    <message>
        <source>Access</source>
        <extracomment>Heading above the accessibility features of a place</extracomment>
        <translation>ተበጻሕነት</translation>
    </message>
    <message>
        <source>Coming weeks</source>
        <extracomment>Heading above the sessions at a place in the coming weeks</extracomment>
        <translation>ዝመጽእ ሰሙናት</translation>
    </message>
    <message>
        <source>Nothing planned here in the coming weeks.</source>
        <extracomment>A place with no sessions in the coming weeks</extracomment>
        <translation>ኣብ ዝመጽእ ሰሙናት ኣብዚ ዝተወጠነ የለን።</translation>
    </message>
</context>
<context>
    <name>PlacePicker</name>
    <message>
        <source>No fixed place — the place is given per session</source>
        <extracomment>Switch in the activity editor: the activity has no default place</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No place chosen yet</source>
        <extracomment>The activity editor before a place is chosen</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search another place by name or street</source>
        <extracomment>Search field of the place picker in the activity editor</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search a place by name or street</source>
        <extracomment>Search field of the place picker in the activity editor</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No place found. Try part of the name or the street.</source>
        <extracomment>The place picker found nothing for what was typed</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceSessionDelegate</name>
    <message>
        <source>Cancelled</source>
        <extracomment>Status of a session that will not take place</extracomment>
        <translation>ተሰሪዙ</translation>
    </message>
</context>
<context>
    <name>QuarterlyReport</name>
    <message>
        <source>Gemeente %1</source>
        <extracomment>Quarterly report subject: a gemeente; %1 is its name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme %1</source>
        <extracomment>Quarterly report subject: a programme; %1 is its name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <extracomment>Dashboard: where the quarterly report was saved; %1 is the file&apos;s path</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <extracomment>File dialog filter for the quarterly report</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A printable report of one quarter: key figures, the trend, areas, categories and how the figures are protected.</source>
        <extracomment>Dashboard: what the quarterly report holds</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gemeente or programme yet</source>
        <extracomment>Quarterly report: no gemeente or programme to report on yet</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report about</source>
        <extracomment>Quarterly report: what the report is about</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q%1</source>
        <extracomment>Quarterly report: a quarter of the year; %1 is 1 to 4</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter</source>
        <extracomment>Quarterly report: which quarter of the year</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <extracomment>Quarterly report: the year of the quarter</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This quarter</source>
        <extracomment>Quarterly report preset</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last quarter</source>
        <extracomment>Quarterly report preset</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make PDF report</source>
        <extracomment>Dashboard: makes the quarterly report as a PDF file</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadAloudButton</name>
    <message>
        <source>Stop reading</source>
        <extracomment>Stops the voice reading an activity aloud</extracomment>
        <translation>ምንባብ ኣቋርጽ</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <extracomment>Reads the activity&apos;s title, next date, place and cost aloud</extracomment>
        <translation>ብድምጺ ኣንብብ</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <source>Dismiss</source>
        <extracomment>Closes the reminder banner</extracomment>
        <translation>ዕጸው</translation>
    </message>
</context>
<context>
    <name>ReminderPlanner</name>
    <message>
        <source>What you planned at %1 will not take place.</source>
        <translation>ኣብ %1 ዝወጠንካዮ ኣይክካየድን እዩ።</translation>
    </message>
    <message>
        <source>You have something planned at %1.</source>
        <extracomment>A discreet reminder: must not say what or where. %1 is a time such as &quot;14:00&quot; or &quot;Tue 14:00&quot;.</extracomment>
        <translation>ኣብ %1 ዝተወጠነ ነገር ኣለካ።</translation>
    </message>
    <message>
        <source>Cancelled: the session at %1 will not take place.</source>
        <extracomment>Notice that a joined session is cancelled. %1 is a time such as &quot;14:00&quot; or &quot;Tue 14:00&quot;.</extracomment>
        <translation>ተሰሪዙ: ኣብ %1 ዝነበረ ርክብ ኣይክካየድን እዩ።</translation>
    </message>
    <message>
        <source>Starts at %1.</source>
        <extracomment>Reminder of a joined session without a fixed place. %1 is a time.</extracomment>
        <translation>ኣብ %1 ይጅምር።</translation>
    </message>
    <message>
        <source>Moved: now at %1 at %2.</source>
        <extracomment>Reminder of a joined session that was moved. %1 is a time, %2 the name of the meeting place.</extracomment>
        <translation>ተቐይሩ: ሕጂ ኣብ %1፡ ኣብ %2።</translation>
    </message>
    <message>
        <source>Starts at %1 at %2.</source>
        <extracomment>Reminder of a joined session. %1 is a time, %2 the name of the meeting place.</extracomment>
        <translation>ኣብ %1 ኣብ %2 ይጅምር።</translation>
    </message>
    <message>
        <source>Reminder</source>
        <extracomment>Title of every notice in discreet mode; must not hint at any activity.</extracomment>
        <translation>መዘኻኸሪ</translation>
    </message>
</context>
<context>
    <name>ScheduleEditorPage</name>
    <message>
        <source>Schedule</source>
        <extracomment>Title of the page that edits when an activity takes place</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and replace</source>
        <extracomment>Saves the schedule and goes back</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished">ዓቅብ</translation>
    </message>
</context>
<context>
    <name>ScheduleHolidayOffers</name>
    <message>
        <source>Holidays</source>
        <extracomment>Schedule editor section: holidays the schedule can skip</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip %1</source>
        <extracomment>A holiday the schedule can skip; %1 is e.g. &quot;Christmas Day, Friday 25 December&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No holiday falls on these sessions in the coming year.</source>
        <extracomment>No public or school holiday falls on a session of this schedule</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School holidays of region %1 are not on this device yet. Your coordinator imports the official dates; until then only public holidays are offered.</source>
        <extracomment>The coordinator has not imported school holidays; %1 is the region (noord, midden, zuid)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleKindForm</name>
    <message>
        <source>How often</source>
        <extracomment>Schedule editor section: once, weekly or monthly</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once</source>
        <extracomment>Schedule kind: a single session</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly</source>
        <extracomment>Schedule kind: every week (or every N weeks)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <extracomment>Schedule kind: every month (or every N months)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a day of the week</source>
        <extracomment>Monthly schedule: on a weekday of the month, such as the first Wednesday</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first</source>
        <extracomment>Which weekday of the month: ordinals for &quot;the first/second/.../last Wednesday&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>third</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fourth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which week of the month</source>
        <extracomment>Accessible name of the choice first/second/third/fourth/last</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day of the week</source>
        <extracomment>Accessible name of the weekday choice of a monthly schedule</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a date: day %1 of the month</source>
        <extracomment>Monthly schedule: on a numbered day of the month</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day of the month</source>
        <extracomment>Accessible name of the day-of-the-month choice</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat every</source>
        <extracomment>Accessible name of the &quot;every N weeks/months&quot; number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>week(s)</source>
        <extracomment>After the &quot;every N&quot; number: the unit, plural by the number</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>month(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchedulePatterns</name>
    <message>
        <source>first</source>
        <extracomment>Schedule description: &quot;Monthly on the first Wednesday&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>second</source>
        <extracomment>Schedule description: &quot;Monthly on the second Wednesday&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>third</source>
        <extracomment>Schedule description: &quot;Monthly on the third Wednesday&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fourth</source>
        <extracomment>Schedule description: &quot;Monthly on the fourth Wednesday&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last</source>
        <extracomment>Schedule description: &quot;Monthly on the last Wednesday&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once, on %1</source>
        <extracomment>Schedule description of a single session; %1 is a date such as &quot;1 September 2026&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every day</source>
        <extracomment>Schedule description: a session every day of the week.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every %1</source>
        <extracomment>Schedule description; %1 is a list of weekdays such as &quot;Tuesday and Thursday&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Every %n weeks on %1</source>
        <extracomment>Schedule description; %n is the number of weeks (at least 2), %1 a list of weekdays.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Monthly on the %1 %2</source>
        <extracomment>Schedule description; %1 is &quot;first&quot;, &quot;second&quot;, ... or &quot;last&quot;, %2 a weekday.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Every %n months on the %1 %2</source>
        <extracomment>Schedule description; %n is the number of months (at least 2), %1 &quot;first&quot; ... &quot;last&quot;, %2 a weekday.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Monthly on day %1</source>
        <extracomment>Schedule description; %1 is a day of the month, 1 to 31.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Every %n months on day %1</source>
        <extracomment>Schedule description; %n is the number of months (at least 2), %1 a day of the month.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1–%2</source>
        <extracomment>Schedule description: the start and end time of a session, e.g. &quot;14:00–15:30&quot;.</extracomment>
        <translation type="unfinished">%1+ {1–%2?}</translation>
    </message>
    <message>
        <source>from %1</source>
        <extracomment>Schedule description: the date of the first session.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until %1</source>
        <extracomment>Schedule description: the last date a session may fall on.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <extracomment>Schedule description: the series ends after this many sessions.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>except on %n day(s)</source>
        <extracomment>Schedule description: the number of whole days (holidays) without a session.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Months without a day %1 are skipped.</source>
        <extracomment>Schedule description, after &quot;Monthly on day 31&quot;: RFC 5545 skips months without that day.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the date of the first session.</source>
        <extracomment>Schedule editor: the first session has no date yet.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the time the sessions start.</source>
        <extracomment>Schedule editor: the sessions have no start time yet.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session must last at least one minute and at most 24 hours.</source>
        <extracomment>Schedule editor: the length of a session is out of range.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat at least every week or every month.</source>
        <extracomment>Schedule editor: &quot;every 0 weeks&quot; was chosen.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one day of the week.</source>
        <extracomment>Schedule editor: a weekly schedule without any day of the week.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the first, second, third, fourth or last weekday of the month.</source>
        <extracomment>Schedule editor: the &quot;which weekday of the month&quot; choice is out of range.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a day of the month from 1 to 31.</source>
        <extracomment>Schedule editor: the day of the month is out of range.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of sessions must be at least 1.</source>
        <extracomment>Schedule editor: &quot;stop after 0 sessions&quot; was chosen.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the date of the last session.</source>
        <extracomment>Schedule editor: &quot;until a date&quot; was chosen without a date.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <extracomment>Schedule editor: the end date lies before the start date.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session falls between the start date and the end date.</source>
        <extracomment>Schedule editor: the chosen days do not occur between the start and end dates.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device does not know the time zone %1.</source>
        <extracomment>Schedule editor: the schedule&apos;s time zone (%1, e.g. Europe/Amsterdam) is unknown to the device.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>except on %n day(s) in the coming year</source>
        <extracomment>Schedule description: the number of whole days (holidays) without a session in the coming 365 days.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SchedulePreviewList</name>
    <message>
        <source>Next sessions</source>
        <extracomment>Schedule editor section: the next ten sessions</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleTimeForm</name>
    <message>
        <source>When</source>
        <extracomment>Schedule editor section: first session date, time and length</extracomment>
        <translation>መዓስ</translation>
    </message>
    <message>
        <source>Date</source>
        <extracomment>Label above the date of the first session</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start (14:00)</source>
        <extracomment>Start time of every session, typed as HH:mm</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length of a session</source>
        <extracomment>Accessible name of the length of a session</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <extracomment>Length of a session in minutes, e.g. &quot;90 min&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <extracomment>Schedule editor section: when the series stops</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No end date</source>
        <extracomment>The series has no end date</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until a date</source>
        <extracomment>The series ends on a date</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a number of sessions</source>
        <extracomment>The series ends after a number of sessions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of sessions</source>
        <extracomment>Accessible name of the number of sessions</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchoolHolidayStore</name>
    <message>
        <source>Line %1 has %2 fields; it needs region, name, first day and last day.</source>
        <extracomment>School-holiday import; %1 is a line number, %2 the number of fields found.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the region &quot;%2&quot; is not noord, midden or zuid.</source>
        <extracomment>School-holiday import; %1 is a line number, %2 the region found. Keep noord, midden, zuid as they are.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 has no holiday name.</source>
        <extracomment>School-holiday import; %1 is a line number.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the first and last day must be dates such as 2026-10-17.</source>
        <extracomment>School-holiday import; %1 is a line number. Dates must be written like 2026-10-17.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the last day is before the first day.</source>
        <extracomment>School-holiday import; %1 is a line number.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <extracomment>School-holiday import; %1 is a file name, %2 the system&apos;s reason.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 must be the header region,name,first_day,last_day.</source>
        <extracomment>School-holiday import: the first line of the file is wrong. Keep the column names as they are.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no school holidays.</source>
        <extracomment>School-holiday import: the file holds no holidays.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not store the school holidays: %1</source>
        <extracomment>School-holiday import: the device&apos;s database refused; %1 is the technical reason.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Search</source>
        <extracomment>Title of the search page</extracomment>
        <translation>ድለ</translation>
    </message>
    <message>
        <source>What are you looking for?</source>
        <extracomment>Placeholder of the search field</extracomment>
        <translation>እንታይ ትደሊ?</translation>
    </message>
    <message>
        <source>Filters (%1)</source>
        <extracomment>Opens the filters sheet; %1 is the number of filters that are on</extracomment>
        <translation>መጻረዪታት (%1)</translation>
    </message>
    <message>
        <source>Filters</source>
        <extracomment>Opens the filters sheet</extracomment>
        <translation>መጻረዪታት</translation>
    </message>
    <message>
        <source>Clear all</source>
        <extracomment>Clears every search filter in one tap</extracomment>
        <translation>ኩሉ ኣጽሪ</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) found</source>
        <extracomment>Number of sessions the search found</extracomment>
        <translation>
            <numerusform>%n ውጽኢት ተረኺቡ</numerusform>
            <numerusform>%n ውጽኢታት ተረኺቦም</numerusform>
        </translation>
    </message>
    <message>
        <source>distance from %1</source>
        <extracomment>After the number of sessions found: where distances are measured from (a neighbourhood, a postcode or &quot;Your position&quot;)</extracomment>
        <translation>ርሕቀት ካብ %1</translation>
    </message>
    <message>
        <source>Nothing found. Try fewer filters or another word.</source>
        <extracomment>Shown when a search finds nothing</extracomment>
        <translation>ዝተረኽበ የለን። ውሑድ መጻረዪታት ወይ ካልእ ቃል ፈትን።</translation>
    </message>
</context>
<context>
    <name>SessionCountsForm</name>
    <message>
        <source>Participants</source>
        <extracomment>Counter on the session log page: everyone who took part, hosts not included</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First-timers</source>
        <extracomment>Counter on the session log page: participants who came for the first time</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteers and hosts</source>
        <extracomment>Counter on the session log page: volunteers and hosts who ran the session</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host present</source>
        <extracomment>Switch on the session log page: the activity&apos;s host was there</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count age groups (optional)</source>
        <extracomment>Switch on the session log page opening the optional counts per age group</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count people new to the neighbourhood, here less than 2 years (optional)</source>
        <extracomment>Switch on the session log page opening the optional count of participants who moved to the neighbourhood less than two years ago</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New to the neighbourhood</source>
        <extracomment>Counter on the session log page: participants living in the neighbourhood for less than two years</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionDelegate</name>
    <message>
        <source>Cancelled</source>
        <extracomment>Status of one date of an activity that will not take place</extracomment>
        <translation>ተሰሪዙ</translation>
    </message>
    <message>
        <source>Moved</source>
        <extracomment>Status of one date of an activity that takes place elsewhere or at another time</extracomment>
        <translation>ተቐይሩ</translation>
    </message>
    <message>
        <source>Going ✓</source>
        <extracomment>On a date the resident joined; tapping it leaves that date again</extracomment>
        <translation>ክመጽእ እየ ✓</translation>
    </message>
    <message>
        <source>Joined</source>
        <extracomment>On a date the resident joined as part of the whole series</extracomment>
        <translation>ተመዝጊብካ</translation>
    </message>
    <message>
        <source>Join</source>
        <extracomment>Joins one date of an activity</extracomment>
        <translation>ተመዝገብ</translation>
    </message>
    <message>
        <source>No session: %1</source>
        <extracomment>A date a weekly activity skips; %1 is the holiday, e.g. &quot;No session: Christmas Day&quot;</extracomment>
        <translation>ርክብ የለን: %1</translation>
    </message>
    <message>
        <source>No session (holiday)</source>
        <extracomment>A date a weekly activity skips for a holiday without a name in the app</extracomment>
        <translation>ርክብ የለን (በዓል)</translation>
    </message>
</context>
<context>
    <name>SessionLogCheck</name>
    <message>
        <source>That is more than %1; please check the number.</source>
        <extracomment>A count on the session log form is implausibly high; %1 is the maximum, e.g. 10000.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in all five age bands, or none of them.</source>
        <extracomment>Age bands on the session log form are optional, but when given all five are needed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An age band cannot be negative.</source>
        <extracomment>An age band count on the session log form is below zero.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The age bands add up to %1, more than the %2 people who took part.</source>
        <extracomment>The age bands add up to more people than took part; %1 is their sum, %2 the attendance.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session that was held has no reason for not being held.</source>
        <extracomment>A session marked as held still carries a reason why it was not held.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session that was not held has no participants; set the counts to zero.</source>
        <extracomment>The session is marked &quot;not held&quot; but people were counted.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session that was not held has no age bands.</source>
        <extracomment>The session is marked &quot;not held&quot; but age bands were filled in.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose why the session was not held.</source>
        <extracomment>The session is marked &quot;not held&quot; and no reason category was chosen.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not one of the reasons a session can be not held.</source>
        <extracomment>The reason a session was not held is not in the list; %1 is what was given.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance cannot be negative.</source>
        <extracomment>The attendance count on the session log form is below zero.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First-timers cannot be negative.</source>
        <extracomment>The first-timers count on the session log form is below zero.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteers and hosts cannot be negative.</source>
        <extracomment>The volunteers/hosts count on the session log form is below zero.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New to the neighbourhood cannot be negative.</source>
        <extracomment>The &quot;new to the neighbourhood&quot; count on the session log form is below zero.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There cannot be %1 first-timers when %2 people took part.</source>
        <extracomment>More first-timers than participants; %1 is first-timers, %2 the attendance.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There cannot be %1 people new to the neighbourhood when %2 people took part.</source>
        <extracomment>More people new to the neighbourhood than participants; %1 is that count, %2 the attendance.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionLogPage</name>
    <message>
        <source>Edit log (revision %1)</source>
        <extracomment>Title of the session log page when a stored log is changed; %1 is its revision number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log session</source>
        <extracomment>Title of the session log page for a session not logged before</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session was cancelled; it can only be logged as not held.</source>
        <extracomment>On the session log page of a cancelled session</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <extracomment>Answer on the session log page: the session took place</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not take place</source>
        <extracomment>Answer on the session log page: the session did not take place</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why not?</source>
        <extracomment>Question on the session log page above the reasons a session did not take place</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as last time (%1)</source>
        <extracomment>Fills in the counts of this activity&apos;s previous session; %1 is how many took part then</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <extracomment>Heading above the free note on the session log page
----------
Accessible name of the free note field on the session log page</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything to remember?</source>
        <extracomment>Placeholder of the note on the session log page</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stays on this device, never sent. Please write no names.</source>
        <extracomment>Under the note on the session log page: the note is never synced, and must not name anyone</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) marked in red to fix before saving</source>
        <extracomment>Above the disabled Save button of the session log page; %n is how many problems are marked in red</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Save</source>
        <extracomment>Stores the session log</extracomment>
        <translation type="unfinished">ዓቅብ</translation>
    </message>
</context>
<context>
    <name>SetAsideDialog</name>
    <message>
        <source>Changes the hub refused</source>
        <extracomment>Title of the dialog listing the changes the hub refused</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is set aside.</source>
        <extracomment>Shown in the refused-changes dialog once every item was dismissed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub has a newer version, which this device shows now. Your edit was not applied.</source>
        <extracomment>Refused-changes dialog: a catalogue edit lost to a newer version on the hub</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the hub: “%1”. Your edit: “%2”.</source>
        <extracomment>Refused-changes dialog: the title on the hub now (%1) and the title of the refused edit (%2)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <extracomment>Refused-changes dialog: removes one refused change from the list after reading it</extracomment>
        <translation type="unfinished">ዕጸው</translation>
    </message>
    <message>
        <source>Dismiss: %1</source>
        <extracomment>Accessible name of the dismiss button; %1 says which change</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <extracomment>Closes the refused-changes dialog</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send mine instead</source>
        <extracomment>Refused-changes dialog: sends this device&apos;s session log to replace a colleague&apos;s log of the same session</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send mine instead: %1</source>
        <extracomment>Accessible name of the button that sends one&apos;s own log instead of a colleague&apos;s; %1 says which session</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <extracomment>Refused-changes dialog: keeps a colleague&apos;s log of the session and forgets this device&apos;s</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <extracomment>Title of the settings page</extracomment>
        <translation>ቅጥዒታት</translation>
    </message>
    <message>
        <source>Language</source>
        <extracomment>Settings section: the language of the app</extracomment>
        <translation>ቋንቋ</translation>
    </message>
    <message>
        <source>Near me</source>
        <extracomment>Settings section: where the resident is</extracomment>
        <translation>ኣብ ጥቓይ</translation>
    </message>
    <message>
        <source>Discreet mode</source>
        <extracomment>Settings section: discreet mode
----------
Switch that turns discreet mode on or off</extracomment>
        <translation>ምስጢራዊ ኣገባብ</translation>
    </message>
    <message>
        <source>A PIN hides My activities, and reminders no longer say what or where.</source>
        <extracomment>Explains discreet mode</extracomment>
        <translation>PIN ንጥፈታተይ ይሓብእ፡ መዘኻኸሪታት ድማ እንታይን ኣበይን ኣይገልጹን።</translation>
    </message>
    <message>
        <source>The eye button at the top hides the app at once behind a plain screen. Press and hold that screen to come back.</source>
        <extracomment>Explains the quick-exit button in the toolbar</extracomment>
        <translation>ኣብ ላዕሊ ዘሎ ናይ ዓይኒ መጠወቒ ነቲ ኣፕ ብቕጽበት ኣብ ድሕሪ ባዶ ስክሪን ይሓብኦ። ንምምላስ ነቲ ስክሪን ነዊሕ ጸቕጦ።</translation>
    </message>
    <message>
        <source>Counting joins</source>
        <extracomment>Settings section: whether the app counts the resident&apos;s joins anonymously at the hub</extracomment>
        <translation>ምቑጻር ምዝገባታት</translation>
    </message>
    <message>
        <source>Count my joins anonymously</source>
        <extracomment>Switch that lets the app send anonymous join counts to the hub</extracomment>
        <translation>ምዝገባታተይ ብዘይ ስም ቑጸር</translation>
    </message>
    <message>
        <source>The hub then receives, for each session you joined, the number of joins on this device, under a random key that is not linked to you. Organisers see only totals.</source>
        <extracomment>Explains the anonymous join counts on a device with a hub</extracomment>
        <translation>ሽዑ እቲ ሃብ (hub) ንነፍሲ ወከፍ ዝተመዝገብካሉ ርክብ፡ ቁጽሪ ምዝገባታት ኣብዚ መሳርሒ ይቕበል፡ ምሳኻ ብዘይተኣሳሰረ ናይ ዕድል መፍትሕ። ኣዳለውቲ ድምር ጥራይ እዮም ዝርእዩ።</translation>
    </message>
    <message>
        <source>This device has no hub, so nothing is sent. With a hub, it would receive for each session you joined the number of joins on this device, under a random key that is not linked to you.</source>
        <extracomment>Explains the anonymous join counts on a device without a hub</extracomment>
        <translation>እዚ መሳርሒ ሃብ የብሉን፡ ስለዚ ዝለኣኽ የለን። ሃብ እንተዝህሉ ግን ንነፍሲ ወከፍ ዝተመዝገብካሉ ርክብ ቁጽሪ ምዝገባታት ኣብዚ መሳርሒ ምተቐበለ፡ ምሳኻ ብዘይተኣሳሰረ ናይ ዕድል መፍትሕ።</translation>
    </message>
    <message>
        <source>Social work</source>
        <extracomment>Settings section: social worker mode (enrolment for an organisation)</extracomment>
        <translation>ማሕበራዊ ስራሕ</translation>
    </message>
    <message>
        <source>Do you run activities for an organisation? Enrol this device with the code your coordinator gives you.</source>
        <extracomment>Settings: social work section on a device that is not enrolled</extracomment>
        <translation>ንሓደ ትካል ንጥፈታት ተካይድ ዲኻ? ነዚ መሳርሒ ብቲ ኣወሃሃዲኻ ዝህበካ ኮድ ኣተኣሳስሮ።</translation>
    </message>
    <message>
        <source>Enrolled for %1</source>
        <extracomment>Settings: the organisation this device is enrolled for; %1 is its name</extracomment>
        <translation>ምስ %1 ተኣሳሲሩ</translation>
    </message>
    <message>
        <source>Enrolment and leaving</source>
        <extracomment>Settings: opens the enrolment page of an enrolled device (where it can leave)</extracomment>
        <translation>ምትእስሳርን ምፍላይን</translation>
    </message>
    <message>
        <source>Enrol this device</source>
        <extracomment>Settings: opens the page to enrol this device</extracomment>
        <translation>ነዚ መሳርሒ ኣተኣሳስር</translation>
    </message>
    <message>
        <source>Hub and sync</source>
        <extracomment>Settings section: the hub (server) the device fetches activities from, and the sync with it</extracomment>
        <translation>ሃብን ምስምማዕን</translation>
    </message>
    <message>
        <source>Evaluator</source>
        <extracomment>Settings section: programme evaluators, who read released participation figures</extracomment>
        <translation>ገምጋሚ</translation>
    </message>
    <message>
        <source>Evaluator sign-in and signing out</source>
        <extracomment>Settings: opens the evaluator page of a signed-in evaluator (where they sign out)</extracomment>
        <translation>ምእታውን ምውጻእን ገምጋሚ</translation>
    </message>
    <message>
        <source>Sign in as evaluator</source>
        <extracomment>Settings: opens the page where a programme evaluator pastes their key</extracomment>
        <translation>ከም ገምጋሚ እቶ</translation>
    </message>
    <message>
        <source>Map without internet</source>
        <extracomment>Settings section: the map of the resident&apos;s gemeente kept on the device for use without internet</extracomment>
        <translation>ካርታ ብዘይ ኢንተርነት</translation>
    </message>
</context>
<context>
    <name>StatsBars</name>
    <message>
        <source>No figures for this choice.</source>
        <extracomment>Dashboard: a breakdown with no figures for the chosen filters</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatsNote</name>
    <message>
        <source>Offline: saved figures as of %1.</source>
        <extracomment>Dashboard: offline, the figures are this device&apos;s saved copy; %1 is when the hub made them</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures as of %1.</source>
        <extracomment>Dashboard: when the hub made the figures; %1 is a date and time</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatsTableView</name>
    <message>
        <source>Area</source>
        <extracomment>Dashboard table: heading of the first column (the rows&apos; names)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <extracomment>Dashboard table: heading of the totals column
----------
Dashboard table: the totals line</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStatusCard</name>
    <message numerus="yes">
        <source>%n change(s) wait to be sent to the hub</source>
        <extracomment>Sync card: changes made on this device that the hub has not received yet</extracomment>
        <translation>
            <numerusform>%n ለውጢ ናብ ሃብ ክለኣኽ ይጽበ ኣሎ</numerusform>
            <numerusform>%n ለውጥታት ናብ ሃብ ክለኣኹ ይጽበዩ ኣለዉ</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything is sent</source>
        <extracomment>Sync card: no change of this device waits for the hub</extracomment>
        <translation>ኩሉ ተላኢኹ</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <extracomment>Sync card: a sync with the hub is running now</extracomment>
        <translation>ይሰማማዕ ኣሎ…</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) set aside: the hub refused them</source>
        <extracomment>Sync card: changes the hub refused and that are kept aside on this device</extracomment>
        <translation>
            <numerusform>%n ለውጢ ተሪፉ: ሃብ ኣይተቐበሎን</numerusform>
            <numerusform>%n ለውጥታት ተሪፎም: ሃብ ኣይተቐበሎምን</numerusform>
        </translation>
    </message>
    <message>
        <source>Hub: %1</source>
        <extracomment>Sync card: the hub this device sends its changes to; %1 is its address</extracomment>
        <translation>ሃብ: %1</translation>
    </message>
    <message>
        <source>Sync now</source>
        <extracomment>Sync card: button that syncs with the hub at once</extracomment>
        <translation>ሕጂ ኣሰማምዕ</translation>
    </message>
    <message>
        <source>See refused changes</source>
        <extracomment>Sync card: opens the list of changes the hub refused</extracomment>
        <translation>ዘይተቐበሎም ለውጥታት ርአ</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Gaps in the line: %1. Fewer than %2 participants or 3 sessions, so no figure is shown.</source>
        <extracomment>Under the trend chart: the periods shown as gaps; %1 lists them, %2 is k</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W%1</source>
        <extracomment>Trend chart axis on a narrow screen: ISO week %1 (a number)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No period can be shown: each had fewer than %1 participants or 3 sessions, so that no figure could point to a person. Choose a longer period, months instead of weeks, or a wider area.</source>
        <extracomment>Instead of the trend chart when no period can be shown; %1 is k (a number)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnloggedSessionsCard</name>
    <message numerus="yes">
        <source>%n session(s) still need a log</source>
        <extracomment>Heading of the reminder on the worker home page; %n is the number of past sessions without a log</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Log %1, %2</source>
        <extracomment>Accessible name of a session in the &quot;still need a log&quot; list; %1 is its title, %2 its day and time</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show fewer</source>
        <extracomment>Folds the list of sessions still to log back to three</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Show all %n</source>
        <extracomment>Shows every session still to log; %n is how many there are</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UpcomingPage</name>
    <message>
        <source>This week in the neighbourhood</source>
        <extracomment>Home page heading: what happens in the neighbourhood this week</extracomment>
        <translation>ኣብዚ ሰሙን ኣብ ከባቢ</translation>
    </message>
    <message>
        <source>Show distances: set where you are</source>
        <extracomment>Invitation on the home page to set where the resident lives, to see distances</extracomment>
        <translation>ርሕቀት ንምርኣይ፡ ኣበይ ከም ዘለኻ ምረጽ</translation>
    </message>
    <message>
        <source>Nothing planned in the coming days.</source>
        <extracomment>Shown when the catalogue has nothing in the coming days</extracomment>
        <translation>ኣብ ዝመጽእ መዓልትታት ዝተወጠነ የለን።</translation>
    </message>
</context>
<context>
    <name>WorkerActivityPage</name>
    <message>
        <source>Residents see no coming sessions until you resume it.</source>
        <extracomment>On the page of a paused activity</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residents no longer see this activity. You can still log its recent sessions.</source>
        <extracomment>On the page of an ended activity</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit schedule</source>
        <extracomment>Opens the schedule editor for one schedule of the activity</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add schedule</source>
        <extracomment>Adds another schedule (e.g. a second weekday at another time) to the activity</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit details</source>
        <extracomment>Opens the editor of the activity&apos;s title, description, place and so on</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <extracomment>Pauses an activity for a while: residents see no dates until it resumes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <extracomment>Makes a paused or ended activity run again</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <extracomment>Ends an activity for good (asks first)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions in the last four weeks or the coming eight weeks.</source>
        <extracomment>On a worker&apos;s activity page without sessions in the last weeks or the coming weeks</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End this activity?</source>
        <extracomment>Title of the question before ending an activity</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residents will no longer see the coming sessions of “%1”. You can still log its recent sessions.</source>
        <extracomment>Asked before ending an activity; %1 is its title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End activity</source>
        <extracomment>Confirms ending an activity</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <extracomment>Closes the question without ending the activity</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkerHomePage</name>
    <message>
        <source>Work</source>
        <extracomment>Title of the social worker&apos;s home page</extracomment>
        <translation type="unfinished">ስራሕ</translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies)</source>
        <extracomment>Under the organisation&apos;s name on the social worker&apos;s home page</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>New activity</source>
        <extracomment>Starts a new activity of the social worker&apos;s organisation</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation has no activities in Buurtplein yet. Start the first with New activity.</source>
        <extracomment>Empty state of the social worker&apos;s list of activities</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find an activity, place or category</source>
        <extracomment>Search field above a long list of the organisation&apos;s activities</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activity, place or category holds “%1”.</source>
        <extracomment>The search over the organisation&apos;s activities found none; %1 is the text typed</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkerSessionRow</name>
    <message>
        <source>Not logged yet</source>
        <extracomment>A session that took place but has no log yet</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit log</source>
        <extracomment>Opens the log of a session that was logged already</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <extracomment>Opens the log form of a session that took place</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>Cancels one coming session of an activity (asks for the reason)</extracomment>
        <translation>ሰርዝ</translation>
    </message>
    <message>
        <source>Move</source>
        <extracomment>Moves one coming session to another time or place</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <extracomment>Undoes the cancellation or move of one session</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged by a colleague</source>
        <extracomment>A session that took place and was logged on a colleague&apos;s device, not on this one</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Show %n older session(s)</source>
        <extracomment>Under the newest recent sessions of an activity: lists the older ones too; %n is how many more</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkerStore</name>
    <message>
        <source>This session has not started yet. Log it once it has begun.</source>
        <extracomment>Logging a session that has not begun yet.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sessions can be logged up to %n week(s) after they took place; this one is older.</source>
        <extracomment>Logging a session that is too long ago; %n is the number of weeks a log stays possible.</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This session was cancelled. Restore it before logging it as held.</source>
        <extracomment>Logging a cancelled session as held.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session is not in the schedule of its activity.</source>
        <extracomment>Opening the log of a session that no schedule has (any more).
----------
Acting on a session that no schedule of its activity has (any more).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This activity belongs to another organisation. Only its own social workers can change it.</source>
        <extracomment>Changing an activity of an organisation this device is not enrolled for.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This activity is not in the catalogue.</source>
        <extracomment>Changing something of an activity that is not in the catalogue.
----------
Pausing, resuming or ending an activity that is not in the catalogue.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new activity needs the organisation that runs it.</source>
        <extracomment>Saving a new activity that belongs to no organisation.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was changed elsewhere while you edited it. Open it again and redo your change.</source>
        <extracomment>Saving an activity that changed (e.g. by a sync) since the editor opened it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This schedule was changed elsewhere while you edited it. Open it again and redo your change.</source>
        <extracomment>Saving a schedule that changed (e.g. by a sync) since the editor opened it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose why the session is cancelled.</source>
        <extracomment>Cancelling a session without choosing one of the listed reasons.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the new date and time of the session.</source>
        <extracomment>Moving a session without giving its new start.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session must end after it starts.</source>
        <extracomment>Moving a session to an end time at or before its start.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change is no longer set aside.</source>
        <extracomment>Dismissing a refused change that is no longer set aside (sent meanwhile, or gone).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This log is no longer waiting for your choice.</source>
        <extracomment>Keeping one&apos;s own session log over a colleague&apos;s, when that log is no longer set aside for this reason.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
