<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
<context>
    <name>Buurtplein::Report</name>
    <message>
        <location filename="../../report/reportlayout.cpp" line="11"/>
        <source>Programme %1</source>
        <translation>Programma %1</translation>
    </message>
    <message>
        <location filename="../../report/reportlayout.cpp" line="12"/>
        <source>Gemeente %1</source>
        <translation>Gemeente %1</translation>
    </message>
    <message>
        <location filename="../../report/reportlayout.cpp" line="17"/>
        <source>Q%1 %2 · %3 to %4</source>
        <translation>K%1 %2 · %3 t/m %4</translation>
    </message>
    <message>
        <location filename="../../report/reportlayout.cpp" line="27"/>
        <source>Sessions planned</source>
        <translation>Geplande bijeenkomsten</translation>
    </message>
    <message>
        <location filename="../../report/reportlayout.cpp" line="28"/>
        <source>Sessions held</source>
        <translation>Gehouden bijeenkomsten</translation>
    </message>
    <message>
        <location filename="../../report/reportlayout.cpp" line="29"/>
        <source>Share of sessions held</source>
        <translation>Aandeel gehouden bijeenkomsten</translation>
    </message>
    <message>
        <location filename="../../report/reportlayout.cpp" line="30"/>
        <source>Total attendance</source>
        <translation>Totale opkomst</translation>
    </message>
    <message>
        <location filename="../../report/reportlayout.cpp" line="31"/>
        <source>Mean attendance per session held</source>
        <translation>Gemiddelde opkomst per gehouden bijeenkomst</translation>
    </message>
    <message>
        <location filename="../../report/reportlayout.cpp" line="32"/>
        <source>Share of first-timers</source>
        <translation>Aandeel eerste bezoeken</translation>
    </message>
    <message>
        <location filename="../../report/reportlayout.cpp" line="33"/>
        <source>Volunteers (sum over sessions)</source>
        <translation>Vrijwilligers (opgeteld over bijeenkomsten)</translation>
    </message>
    <message>
        <location filename="../../report/reportlayout.cpp" line="34"/>
        <source>Sessions with a host present</source>
        <translation>Bijeenkomsten met gastvrouw/-heer</translation>
    </message>
    <message>
        <location filename="../../report/reportlayout.cpp" line="35"/>
        <source>Joins in the app against attendance</source>
        <translation>Aanmeldingen in de app t.o.v. opkomst</translation>
    </message>
    <message>
        <location filename="../../report/reportlayout.cpp" line="43"/>
        <source>fewer than %1</source>
        <translation>minder dan %1</translation>
    </message>
    <message>
        <location filename="../../report/reportpages.cpp" line="50"/>
        <source>Quarterly report</source>
        <translation>Kwartaalrapportage</translation>
    </message>
    <message>
        <location filename="../../report/reportpages.cpp" line="60"/>
        <source>Made on %1 from the released statistics of the Buurtplein hub.</source>
        <translation>Gemaakt op %1 uit de vrijgegeven statistiek van de Buurtplein-hub.</translation>
    </message>
    <message>
        <location filename="../../report/reportpages.cpp" line="65"/>
        <source>About these figures</source>
        <translation>Over deze cijfers</translation>
    </message>
    <message>
        <location filename="../../report/reportpages.cpp" line="66"/>
        <source>Social workers log every session on site: whether it was held, how many people took part and how many came for the first time. This report shows what those logs add up to. No figure in it can point to a person: every count carries a small, fixed amount of noise (at most %1 either way), and a figure behind which there are fewer than %2 participants or fewer than %3 sessions reads “fewer than %2”. Totals may differ slightly from the sum of their parts. The last page explains the method.</source>
        <translation>Sociaal werkers registreren elke bijeenkomst ter plekke: of die doorging, hoeveel mensen meededen en hoeveel er voor het eerst kwamen. Deze rapportage laat zien wat die registraties samen opleveren. Geen cijfer kan naar een persoon wijzen: elk aantal draagt een kleine, vaste hoeveelheid ruis (hooguit %1 naar boven of beneden), en een cijfer met minder dan %2 deelnemers of minder dan %3 bijeenkomsten erachter staat er als “minder dan %2”. Totalen kunnen iets afwijken van de som van hun delen. De laatste pagina legt de methode uit.</translation>
    </message>
    <message>
        <location filename="../../report/reportpages.cpp" line="81"/>
        <source>Key figures</source>
        <translation>Kerncijfers</translation>
    </message>
    <message>
        <location filename="../../report/reportpages.cpp" line="112"/>
        <source>Attendance per week</source>
        <translation>Opkomst per week</translation>
    </message>
    <message>
        <location filename="../../report/reportpages.cpp" line="125"/>
        <source>Sessions held per month</source>
        <translation>Gehouden bijeenkomsten per maand</translation>
    </message>
    <message>
        <location filename="../../report/reportpages.cpp" line="137"/>
        <source>Attendance by wijk</source>
        <translation>Opkomst per wijk</translation>
    </message>
    <message>
        <location filename="../../report/reportpages.cpp" line="138"/>
        <source>Attendance by gemeente</source>
        <translation>Opkomst per gemeente</translation>
    </message>
    <message>
        <location filename="../../report/reportpages.cpp" line="171"/>
        <location filename="../../report/reportpages.cpp" line="178"/>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <location filename="../../report/reportpages.cpp" line="182"/>
        <source>Areas are listed by name. Totals carry their own noise, so they may differ slightly from the sum of their parts.</source>
        <translation>Gebieden staan op naam. Totalen hebben hun eigen ruis en kunnen dus iets afwijken van de som van hun delen.</translation>
    </message>
    <message>
        <location filename="../../report/reportpages.cpp" line="219"/>
        <source>Released statistics. Every figure in this report passed the hub&apos;s release rules before it left the hub. Figures are given for whole weeks, months and quarters only. A figure behind which there are fewer than %1 participants or fewer than %2 sessions is not shown: it reads “fewer than %1”. Such a figure is never zero; it means there were some, but too few to show.</source>
        <translation>Vrijgegeven statistiek. Elk cijfer in deze rapportage is langs de vrijgaveregels van de hub gegaan voordat het de hub verliet. Cijfers gaan alleen over hele weken, maanden en kwartalen. Een cijfer met minder dan %1 deelnemers of minder dan %2 bijeenkomsten erachter wordt niet getoond: er staat “minder dan %1”. Zo’n cijfer is nooit nul; het betekent dat er wel enkele waren, maar te weinig om te tonen.</translation>
    </message>
    <message>
        <location filename="../../report/reportpages.cpp" line="226"/>
        <source>Noise (the cell key method). Every count carries a small amount of noise, at most %1 either way and zero on average. The noise is fixed: each session log has a random key, and the same sessions always give the same figure, in this report and in any other table. Taking figures apart leaves the noise of each, so a hidden figure cannot be worked out from totals. Totals carry their own noise, so they may differ slightly from the sum of their parts.</source>
        <translation>Ruis (de celsleutelmethode). Elk aantal draagt een kleine hoeveelheid ruis, hooguit %1 naar boven of beneden en gemiddeld nul. De ruis ligt vast: elke registratie heeft een willekeurige sleutel, en dezelfde bijeenkomsten geven altijd hetzelfde cijfer, in deze rapportage en in elke andere tabel. Wie cijfers van elkaar aftrekt, houdt de ruis van elk ervan over; een verborgen cijfer is dus niet uit totalen te herleiden. Totalen hebben hun eigen ruis en kunnen dus iets afwijken van de som van hun delen.</translation>
    </message>
    <message>
        <location filename="../../report/reportpages.cpp" line="233"/>
        <source>Shares and means are computed from the released counts of the same cell and are hidden when either count is hidden, so they reveal nothing the counts do not.</source>
        <translation>Aandelen en gemiddelden zijn berekend uit de vrijgegeven aantallen van dezelfde cel en verborgen als een van die aantallen verborgen is; ze verraden dus niets wat de aantallen niet laten zien.</translation>
    </message>
    <message>
        <location filename="../../report/reportpages.cpp" line="203"/>
        <source>Attendance by category</source>
        <translation>Opkomst per soort activiteit</translation>
    </message>
    <message>
        <location filename="../../report/reportpages.cpp" line="204"/>
        <source>Attendance by programme</source>
        <translation>Opkomst per programma</translation>
    </message>
    <message>
        <location filename="../../report/reportpages.cpp" line="211"/>
        <source>Method and privacy</source>
        <translation>Methode en privacy</translation>
    </message>
    <message>
        <location filename="../../report/reportpages.cpp" line="212"/>
        <source>Where the figures come from. Social workers log each session of an activity on site: whether it was held, how many people took part, how many came for the first time, how many volunteers ran it and whether a host was present. Their devices send these logs to the hub. No log holds a name, an address or anything else that identifies a participant. Sessions nobody logged are not counted; a session cancelled in advance counts as planned and not held. Joins are anonymous counts of residents who said in the app that they would come.</source>
        <translation>Waar de cijfers vandaan komen. Sociaal werkers registreren elke bijeenkomst van een activiteit ter plekke: of die doorging, hoeveel mensen meededen, hoeveel er voor het eerst kwamen, hoeveel vrijwilligers hem draaiden en of er een gastvrouw of -heer was. Hun apparaten sturen deze registraties naar de hub. Geen registratie bevat een naam, een adres of iets anders waaraan een deelnemer te herkennen is. Bijeenkomsten die niemand registreerde tellen niet mee; een vooraf afgelaste bijeenkomst telt als gepland en niet gehouden. Aanmeldingen zijn anonieme tellingen van bewoners die in de app aangaven te komen.</translation>
    </message>
    <message>
        <location filename="../../report/reportpages.cpp" line="236"/>
        <source>What this report does not do. It ranks no area, activity or organisation; areas and categories are listed by name. It says nothing about individual residents.</source>
        <translation>Wat deze rapportage niet doet. Ze rangschikt geen gebieden, activiteiten of organisaties; gebieden en soorten staan op naam. Ze zegt niets over individuele bewoners.</translation>
    </message>
</context>
</TS>
