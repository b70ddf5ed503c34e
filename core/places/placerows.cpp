// SPDX-License-Identifier: GPL-3.0-or-later
#include "places/placerows.h"
#include "places/areaindex.h"
#include "places/placecleaning.h"
#include "storage/vocabulary.h"

#include <QCryptographicHash>
#include <QRegularExpression>

#include <functional>

namespace Buurtplein::PlaceRows {

namespace {
std::optional<double> number(QString text)
{
    text = text.trimmed();
    if (!text.contains(QLatin1Char('.')))
        text.replace(QLatin1Char(','), QLatin1Char('.'));
    bool ok = false;
    const double value = text.toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

// Sets lat/lon on @p place, or returns why the row has no usable point.
QString checkCoordinates(Place &place, double lat, double lon, Outcome &outcome)
{
    // Dutch places with latitude and longitude exchanged land in the Indian Ocean; the
    // exchange is certain when both fall in the Netherlands' ranges the other way round.
    if (lat > 3 && lat < 8 && lon > 50 && lon < 54) {
        outcome.repairs.append(QStringLiteral("Latitude and longitude were exchanged (%1, %2).").arg(lat).arg(lon));
        std::swap(lat, lon);
    }
    if (lat < -90 || lat > 90 || lon < -180 || lon > 180)
        return QStringLiteral("Coordinates %1, %2 are outside the earth's range.").arg(lat).arg(lon);
    if (lat == 0 && lon == 0)
        return QStringLiteral("Coordinates are 0, 0, which marks a missing location.");
    place.lat = lat;
    place.lon = lon;
    place.hasCoordinates = true;
    return {};
}

void apply(const PlaceCleaning::Fix &fix, const QString &field, Outcome &outcome)
{
    if (!fix.repair.isEmpty())
        outcome.repairs.append(fix.repair);
    if (!fix.warning.isEmpty())
        outcome.warnings.append(QStringLiteral("%1: %2").arg(field, fix.warning));
}

// Reads the row's own area codes into @p place; a wijk and gemeente follow from a buurt.
void readAreaCodes(Place &place, const std::function<QString(const char *)> &value,
                   const std::function<QString(const char *)> &columnOf, Outcome &outcome)
{
    struct Field {
        const char *name;
        QString prefix;
        QString *code;
    };
    const Field fields[] = {{"buurtCode", QStringLiteral("BU"), &place.buurtCode},
                            {"wijkCode", QStringLiteral("WK"), &place.wijkCode},
                            {"gemeenteCode", QStringLiteral("GM"), &place.gemeenteCode}};
    for (const Field &field : fields) {
        const QString text = value(field.name);
        if (text.isEmpty())
            continue;
        *field.code = cbsCode(text, field.prefix);
        if (field.code->isEmpty())
            outcome.warnings.append(QStringLiteral("%1 '%2' is not a CBS %3 code (such as %4); it was left out.")
                                        .arg(columnOf(field.name), text, QString::fromLatin1(field.name).chopped(4),
                                             field.prefix == QLatin1String("BU")   ? QStringLiteral("BU03630531")
                                             : field.prefix == QLatin1String("WK") ? QStringLiteral("WK036305")
                                                                                   : QStringLiteral("GM0363")));
    }
    // CBS codes nest: BU GGGG WW BB lies in WK GGGG WW, in GM GGGG.
    if (!place.buurtCode.isEmpty()) {
        const QString wijk = AreaIndex::wijkCodeOf(place.buurtCode);
        if (!place.wijkCode.isEmpty() && place.wijkCode != wijk)
            outcome.warnings.append(QStringLiteral("Wijk %1 does not hold buurt %2; the buurt's wijk %3 was stored.")
                                        .arg(place.wijkCode, place.buurtCode, wijk));
        place.wijkCode = wijk;
    }
    if (!place.wijkCode.isEmpty()) {
        const QString gemeente = AreaIndex::gemeenteCodeOf(place.wijkCode);
        if (!place.gemeenteCode.isEmpty() && place.gemeenteCode != gemeente)
            outcome.warnings.append(QStringLiteral("Gemeente %1 does not hold wijk %2; the wijk's gemeente %3 was stored.")
                                        .arg(place.gemeenteCode, place.wijkCode, gemeente));
        place.gemeenteCode = gemeente;
    }
    outcome.areaFromFile = !place.gemeenteCode.isEmpty();
}
} // namespace

QString cbsCode(const QString &text, const QString &prefix)
{
    QString code = text.trimmed().toUpper();
    // The characters after the prefix alone ("03630531", "0363MF01") name the code too.
    if (!code.startsWith(prefix))
        code = prefix + code;
    const auto level = AreaIndex::levelOf(code);
    const auto expected = prefix == QLatin1String("BU") ? AreaIndex::Level::Buurt
        : prefix == QLatin1String("WK")                 ? AreaIndex::Level::Wijk
                                                        : AreaIndex::Level::Gemeente;
    return level == expected ? code : QString();
}

Outcome toPlace(const Input &input, const QHash<QString, QString> &mapping, const SourceInfo &source)
{
    Outcome outcome;
    auto value = [&](const char *field) {
        const QString column = mapping.value(QLatin1String(field));
        return column.isEmpty() ? QString() : input.values.value(column).trimmed();
    };
    auto columnOf = [&](const char *field) { return mapping.value(QLatin1String(field)); };

    if (!input.problem.isEmpty()) {
        outcome.skipReason = input.problem;
        return outcome;
    }
    Place place;
    const PlaceCleaning::Fix name = PlaceCleaning::lostAccents(value("name").simplified());
    if (name.value.isEmpty()) {
        outcome.skipReason = QStringLiteral("The row has no name.");
        return outcome;
    }
    apply(name, QStringLiteral("Name"), outcome);
    place.name = name.value;

    QString problem;
    if (input.fromGeometry) {
        problem = input.hasPoint ? checkCoordinates(place, input.lat, input.lon, outcome)
                                 : QStringLiteral("The feature has no point location.");
    } else {
        const QString latText = value("lat");
        const QString lonText = value("lon");
        const auto lat = number(latText);
        const auto lon = number(lonText);
        if (latText.isEmpty() || lonText.isEmpty())
            problem = QStringLiteral("The row has no coordinates.");
        else if (!lat || !lon)
            problem = QStringLiteral("Coordinates '%1', '%2' are not numbers.").arg(latText, lonText);
        else
            problem = checkCoordinates(place, *lat, *lon, outcome);
    }
    if (!problem.isEmpty()) {
        outcome.skipReason = problem;
        return outcome;
    }

    const PlaceCleaning::Fix street = PlaceCleaning::lostAccents(value("street").simplified());
    apply(street, QStringLiteral("Street"), outcome);
    place.street = street.value;
    const PlaceCleaning::Fix houseNumber = PlaceCleaning::houseNumber(value("houseNumber"));
    apply(houseNumber, QStringLiteral("House number"), outcome);
    place.houseNumber = houseNumber.value;
    const PlaceCleaning::Fix postcode = PlaceCleaning::postcode(value("postcode"));
    apply(postcode, QStringLiteral("Postcode"), outcome);
    place.postcode = postcode.value;
    if (place.street.isEmpty())
        outcome.warnings.append(QStringLiteral("The place has no street address; people can find it by its coordinates only."));

    const QString district = value("district");
    if (!columnOf("district").isEmpty() && district.isEmpty())
        outcome.warnings.append(QStringLiteral("%1 is empty; the area codes come from the coordinates.").arg(columnOf("district")));
    place.city = value("city");
    if (place.city.isEmpty())
        place.city = district == QLatin1String("Weesp") ? district : source.defaultCity;

    const QString kindText = value("kind");
    const QString subkindText = value("subkind");
    if (!columnOf("subkind").isEmpty() && subkindText.isEmpty() && !kindText.isEmpty())
        outcome.warnings.append(QStringLiteral("%1 is empty; the kind was taken from %2 '%3'.").arg(columnOf("subkind"), columnOf("kind"), kindText));
    PlaceCleaning::KindGuess kind = PlaceCleaning::kindFromSource(kindText, subkindText);
    if (!kind.known) {
        if (!columnOf("kind").isEmpty())
            outcome.warnings.append(kindText.isEmpty()
                ? QStringLiteral("The place has no kind; it was stored as a multifunctional accommodation.")
                : QStringLiteral("Kind '%1' is not a known place kind; it was stored as a multifunctional accommodation.").arg(kindText));
        kind = {QStringLiteral("multifunctionele_accommodatie"), QStringLiteral("indoor"), false};
    }
    place.kind = kind.kind;
    const QString indoorOutdoor = value("indoorOutdoor").toLower();
    const QStringList inOut = {QStringLiteral("indoor"), QStringLiteral("outdoor"), QStringLiteral("both")};
    place.indoorOutdoor = inOut.contains(indoorOutdoor) ? indoorOutdoor : kind.indoorOutdoor;

    const QStringList features = value("accessibility").split(QRegularExpression(QStringLiteral("[;,\\s]+")), Qt::SkipEmptyParts);
    for (const QString &feature : features) {
        if (Vocabulary::isAccessibilityFeature(feature))
            place.accessibility.append(feature);
        else
            outcome.warnings.append(QStringLiteral("Accessibility feature '%1' is not known; it was left out.").arg(feature));
    }
    place.openingHours = value("openingHours");
    readAreaCodes(place, value, columnOf, outcome);

    place.source = source.name;
    place.sourceId = value("sourceId");
    QString key = place.sourceId;
    if (key.isEmpty()) {
        // Without a source id the name and position identify the place across re-imports.
        const QByteArray identity = (place.name + QLatin1Char('|') + QString::number(place.lat, 'f', 5)
                                     + QLatin1Char('|') + QString::number(place.lon, 'f', 5)).toUtf8();
        key = QString::fromLatin1(QCryptographicHash::hash(identity, QCryptographicHash::Sha1).toHex().left(16));
    }
    place.uid = source.uidPrefix + QLatin1Char(':') + key;
    outcome.place = place;
    return outcome;
}

} // namespace Buurtplein::PlaceRows
