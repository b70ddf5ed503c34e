// SPDX-License-Identifier: GPL-3.0-or-later
#include "places/placeimporter.h"
#include "places/areaindex.h"
#include "catalogue/cataloguestore.h"
#include "places/csvreader.h"
#include "storage/database.h"
#include "places/placerows.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSet>

Q_LOGGING_CATEGORY(lcPlaceImport, "buurtplein.places.import")

namespace Buurtplein {

struct PlaceImporter::Row : PlaceRows::Input {
};

namespace {
const QString amsterdamSource = QStringLiteral("Gemeente Amsterdam, Maatschappelijke voorzieningen");

QJsonArray issuesToJson(const QList<ImportIssue> &issues)
{
    QJsonArray array;
    for (const ImportIssue &issue : issues)
        array.append(QJsonObject{{QStringLiteral("row"), issue.row}, {QStringLiteral("reason"), issue.reason}});
    return array;
}

// Columns tried, in order, for a field the caller did not map.
QStringList candidates(const QString &field)
{
    static const QHash<QString, QStringList> all = {
        {QStringLiteral("name"), {QStringLiteral("name"), QStringLiteral("Naam"), QStringLiteral("naam")}},
        {QStringLiteral("lat"), {QStringLiteral("lat"), QStringLiteral("latitude"), QStringLiteral("Lat"), QStringLiteral("LAT")}},
        {QStringLiteral("lon"), {QStringLiteral("lon"), QStringLiteral("lng"), QStringLiteral("longitude"), QStringLiteral("Lon"), QStringLiteral("LNG")}},
        {QStringLiteral("street"), {QStringLiteral("street"), QStringLiteral("addr:street"), QStringLiteral("Adres"), QStringLiteral("straat")}},
        {QStringLiteral("houseNumber"), {QStringLiteral("houseNumber"), QStringLiteral("house_number"), QStringLiteral("addr:housenumber"), QStringLiteral("Huisnummer"), QStringLiteral("huisnummer")}},
        {QStringLiteral("postcode"), {QStringLiteral("postcode"), QStringLiteral("addr:postcode"), QStringLiteral("Postcode")}},
        {QStringLiteral("city"), {QStringLiteral("city"), QStringLiteral("addr:city"), QStringLiteral("plaats"), QStringLiteral("woonplaats")}},
        {QStringLiteral("kind"), {QStringLiteral("kind"), QStringLiteral("Categorie"), QStringLiteral("amenity"), QStringLiteral("leisure")}},
        {QStringLiteral("subkind"), {QStringLiteral("Soort")}},
        {QStringLiteral("sourceId"), {QStringLiteral("sourceId"), QStringLiteral("source_id"), QStringLiteral("MVZN_ID"), QStringLiteral("@id"), QStringLiteral("id")}},
        {QStringLiteral("district"), {QStringLiteral("Stadsdeel"), QStringLiteral("district")}},
        {QStringLiteral("openingHours"), {QStringLiteral("openingHours"), QStringLiteral("opening_hours")}},
        {QStringLiteral("indoorOutdoor"), {QStringLiteral("indoorOutdoor"), QStringLiteral("indoor_outdoor")}},
        {QStringLiteral("accessibility"), {QStringLiteral("accessibility")}},
        // CBS's own column names (Wijk- en buurtkaart, Kerncijfers) and the catalogue's.
        {QStringLiteral("buurtCode"), {QStringLiteral("buurtCode"), QStringLiteral("buurtcode"), QStringLiteral("BU_CODE"), QStringLiteral("Buurtcode")}},
        {QStringLiteral("wijkCode"), {QStringLiteral("wijkCode"), QStringLiteral("wijkcode"), QStringLiteral("WK_CODE"), QStringLiteral("Wijkcode")}},
        {QStringLiteral("gemeenteCode"), {QStringLiteral("gemeenteCode"), QStringLiteral("gemeentecode"), QStringLiteral("GM_CODE"), QStringLiteral("Gemeentecode")}},
    };
    return all.value(field);
}
} // namespace

QJsonObject PlaceImportResult::toJson() const
{
    return {{QStringLiteral("imported"), imported},
            {QStringLiteral("areaCodesKept"), areaCodesKept},
            {QStringLiteral("areasByOutline"), areasByOutline},
            {QStringLiteral("areasByLabelPoint"), areasByLabelPoint},
            {QStringLiteral("areasFromFile"), areasFromFile},
            {QStringLiteral("withoutAreaCodes"), withoutAreaCodes},
            {QStringLiteral("skipped"), issuesToJson(skipped)},
            {QStringLiteral("repaired"), issuesToJson(repaired)},
            {QStringLiteral("warnings"), issuesToJson(warnings)}};
}

QStringList PlaceImporter::fields()
{
    // Spelled as the catalogue's JSON spells a place (CataloguePayload), so one name means one thing.
    return {QStringLiteral("name"),         QStringLiteral("lat"),           QStringLiteral("lon"),
            QStringLiteral("street"),       QStringLiteral("houseNumber"),   QStringLiteral("postcode"),
            QStringLiteral("city"),         QStringLiteral("kind"),          QStringLiteral("subkind"),
            QStringLiteral("sourceId"),     QStringLiteral("district"),      QStringLiteral("openingHours"),
            QStringLiteral("indoorOutdoor"), QStringLiteral("accessibility"), QStringLiteral("buurtCode"),
            QStringLiteral("wijkCode"),     QStringLiteral("gemeenteCode")};
}

QHash<QString, QString> PlaceImporter::amsterdamMapping()
{
    return {{QStringLiteral("name"), QStringLiteral("Naam")},
            {QStringLiteral("street"), QStringLiteral("Adres")},
            {QStringLiteral("houseNumber"), QStringLiteral("Huisnummer")},
            {QStringLiteral("postcode"), QStringLiteral("Postcode")},
            {QStringLiteral("kind"), QStringLiteral("Categorie")},
            {QStringLiteral("subkind"), QStringLiteral("Soort")},
            {QStringLiteral("sourceId"), QStringLiteral("MVZN_ID")},
            {QStringLiteral("district"), QStringLiteral("Stadsdeel")},
            {QStringLiteral("lat"), QStringLiteral("lat")},
            {QStringLiteral("lon"), QStringLiteral("lon")}};
}

namespace {
// The field @p text names: its catalogue spelling, or the spelling with underscores earlier
// versions read ("house_number"); empty when it names none.
QString fieldNamed(const QString &text)
{
    if (PlaceImporter::fields().contains(text))
        return text;
    static const QHash<QString, QString> earlier = {
        {QStringLiteral("house_number"), QStringLiteral("houseNumber")},
        {QStringLiteral("source_id"), QStringLiteral("sourceId")},
        {QStringLiteral("opening_hours"), QStringLiteral("openingHours")},
        {QStringLiteral("indoor_outdoor"), QStringLiteral("indoorOutdoor")},
        {QStringLiteral("buurt_code"), QStringLiteral("buurtCode")},
        {QStringLiteral("wijk_code"), QStringLiteral("wijkCode")},
        {QStringLiteral("gemeente_code"), QStringLiteral("gemeenteCode")},
    };
    return earlier.value(text);
}
} // namespace

std::optional<QHash<QString, QString>> PlaceImporter::parseMapping(const QStringList &items, QString *error)
{
    QHash<QString, QString> mapping;
    const QStringList known = fields();
    QStringList split;
    for (const QString &item : items)
        split += item.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &item : std::as_const(split)) {
        const qsizetype eq = item.indexOf(QLatin1Char('='));
        const QString left = item.left(eq).trimmed();
        const QString right = item.mid(eq + 1).trimmed();
        if (eq <= 0 || right.isEmpty()) {
            *error = QStringLiteral("Mapping '%1' is not of the form field=Column.").arg(item);
            return std::nullopt;
        }
        // Accept both orders: exactly one side must name a catalogue field.
        if (const QString field = fieldNamed(left); !field.isEmpty()) {
            mapping.insert(field, right);
        } else if (const QString other = fieldNamed(right); !other.isEmpty()) {
            mapping.insert(other, left);
        } else {
            *error = QStringLiteral("Mapping '%1' names no catalogue field; the fields are: %2.").arg(item, known.join(QStringLiteral(", ")));
            return std::nullopt;
        }
    }
    return mapping;
}

PlaceImporter::PlaceImporter(CatalogueStore &store)
    : m_store(store)
{
}

void PlaceImporter::setSource(const QString &uidPrefix, const QString &sourceName)
{
    m_uidPrefix = uidPrefix;
    m_sourceName = sourceName;
}

std::nullopt_t PlaceImporter::refuse(const QString &message)
{
    m_error = message;
    qCDebug(lcPlaceImport) << message;
    return std::nullopt;
}

std::optional<PlaceImportResult> PlaceImporter::importFile(const QString &path, Format format)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(QStringLiteral("Cannot read %1: %2.").arg(path, file.errorString()));
    if (format == Format::Auto) {
        const QString suffix = QFileInfo(path).suffix().toLower();
        if (suffix == QLatin1String("csv") || suffix == QLatin1String("txt"))
            format = Format::Csv;
        else if (suffix == QLatin1String("geojson") || suffix == QLatin1String("json"))
            format = Format::GeoJson;
    }
    return importData(file.readAll(), format, QFileInfo(path).fileName());
}

std::optional<PlaceImportResult> PlaceImporter::importData(const QByteArray &data, Format format, const QString &label)
{
    m_error.clear();
    if (format == Format::Auto)
        format = data.trimmed().startsWith('{') ? Format::GeoJson : Format::Csv;
    QStringList columns;
    const auto rows = format == Format::GeoJson ? readGeoJson(data, label, &columns) : readCsv(data, label, &columns);
    if (!rows)
        return std::nullopt;
    for (auto it = m_mapping.cbegin(); it != m_mapping.cend(); ++it) {
        if (!columns.contains(it.value()))
            return refuse(QStringLiteral("%1 has no column '%2' (mapped to %3).").arg(label, it.value(), it.key()));
    }
    const QHash<QString, QString> mapping = resolveMapping(columns);
    if (format == Format::Csv && (!mapping.contains(QStringLiteral("lat")) || !mapping.contains(QStringLiteral("lon"))))
        return refuse(QStringLiteral("%1 has no latitude and longitude columns; map them with lat=Column and lon=Column.").arg(label));
    if (!mapping.contains(QStringLiteral("name")))
        return refuse(QStringLiteral("%1 has no name column; map it with name=Column.").arg(label));
    return store(*rows, mapping, label, columns.contains(QStringLiteral("MVZN_ID")));
}

QHash<QString, QString> PlaceImporter::resolveMapping(const QStringList &columns) const
{
    const bool amsterdam = columns.contains(QStringLiteral("MVZN_ID"));
    QHash<QString, QString> mapping = amsterdam ? amsterdamMapping() : QHash<QString, QString>();
    for (const QString &field : fields()) {
        if (mapping.contains(field) && columns.contains(mapping.value(field)))
            continue;
        mapping.remove(field);
        for (const QString &candidate : candidates(field)) {
            if (columns.contains(candidate)) {
                mapping.insert(field, candidate);
                break;
            }
        }
    }
    for (auto it = m_mapping.cbegin(); it != m_mapping.cend(); ++it)
        mapping.insert(it.key(), it.value());
    return mapping;
}

std::optional<QList<PlaceImporter::Row>> PlaceImporter::readGeoJson(const QByteArray &data, const QString &label, QStringList *columns)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return refuse(QStringLiteral("%1 is not valid JSON: %2 at byte %3.").arg(label, parseError.errorString()).arg(parseError.offset));
    const QJsonObject root = doc.object();
    if (!doc.isObject() || root.value(QStringLiteral("type")).toString() != QLatin1String("FeatureCollection")
        || !root.value(QStringLiteral("features")).isArray())
        return refuse(QStringLiteral("%1 is not a GeoJSON FeatureCollection with a \"features\" list.").arg(label));

    QList<Row> rows;
    const QJsonArray features = root.value(QStringLiteral("features")).toArray();
    for (qsizetype i = 0; i < features.size(); ++i) {
        Row row;
        row.row = int(i + 1);
        row.fromGeometry = true;
        const QJsonObject feature = features.at(i).toObject();
        const QJsonObject properties = feature.value(QStringLiteral("properties")).toObject();
        for (auto it = properties.constBegin(); it != properties.constEnd(); ++it)
            row.values.insert(it.key(), it.value().isString() ? it.value().toString() : it.value().toVariant().toString());
        for (auto it = row.values.cbegin(); it != row.values.cend(); ++it) {
            if (!columns->contains(it.key()))
                columns->append(it.key());
        }
        if (feature.contains(QStringLiteral("id")) && !row.values.contains(QStringLiteral("id")))
            row.values.insert(QStringLiteral("id"), feature.value(QStringLiteral("id")).toVariant().toString());
        const QJsonObject geometry = feature.value(QStringLiteral("geometry")).toObject();
        const QString type = geometry.value(QStringLiteral("type")).toString();
        const QJsonArray position = geometry.value(QStringLiteral("coordinates")).toArray();
        if (feature.value(QStringLiteral("type")).toString() != QLatin1String("Feature")) {
            row.problem = QStringLiteral("Item %1 is not a GeoJSON Feature.").arg(i + 1);
        } else if (geometry.isEmpty()) {
            row.problem = QStringLiteral("The feature has no geometry, so no location.");
        } else if (type != QLatin1String("Point")) {
            row.problem = QStringLiteral("The geometry is a %1; only Point features are places.").arg(type.isEmpty() ? QStringLiteral("shape without a type") : type);
        } else if (position.size() < 2 || !position.at(0).isDouble() || !position.at(1).isDouble()) {
            row.problem = QStringLiteral("The point has no numeric longitude and latitude.");
        } else {
            row.hasPoint = true;
            row.lon = position.at(0).toDouble();
            row.lat = position.at(1).toDouble();
        }
        rows.append(row);
    }
    return rows;
}

std::optional<QList<PlaceImporter::Row>> PlaceImporter::readCsv(const QByteArray &data, const QString &label, QStringList *columns)
{
    QString parseError;
    const auto records = Csv::parse(QString::fromUtf8(data), &parseError);
    if (!records)
        return refuse(QStringLiteral("%1 is not a readable CSV file: %2").arg(label, parseError));
    if (records->isEmpty())
        return refuse(QStringLiteral("%1 is empty.").arg(label));
    QStringList header = records->first().fields;
    for (QString &column : header)
        column = column.trimmed();

    QList<Row> rows;
    for (qsizetype i = 1; i < records->size(); ++i) {
        const Csv::Record &record = records->at(i);
        Row row;
        row.row = record.line;
        if (record.fields.size() != header.size()) {
            row.problem = QStringLiteral("The line has %1 fields where the header has %2.").arg(record.fields.size()).arg(header.size());
            rows.append(row);
            continue;
        }
        for (qsizetype c = 0; c < header.size(); ++c)
            row.values.insert(header.at(c), record.fields.at(c));
        rows.append(row);
    }
    *columns = header;
    return rows;
}

std::optional<PlaceImportResult> PlaceImporter::store(const QList<Row> &rows, const QHash<QString, QString> &mapping,
                                                     const QString &label, bool amsterdam)
{
    PlaceRows::SourceInfo source;
    source.uidPrefix = !m_uidPrefix.isEmpty() ? m_uidPrefix : amsterdam ? QStringLiteral("mvzn") : QStringLiteral("place");
    source.name = !m_sourceName.isEmpty() ? m_sourceName : amsterdam ? amsterdamSource : label;
    source.defaultCity = amsterdam ? QStringLiteral("Amsterdam") : QString();

    Transaction transaction(m_store.connection());
    if (!transaction.isActive())
        return refuse(QStringLiteral("Cannot start a transaction on the catalogue."));

    PlaceImportResult result;
    QHash<QString, int> firstRowOfUid;
    for (const Row &row : rows) {
        const PlaceRows::Outcome outcome = PlaceRows::toPlace(row, mapping, source);
        if (!outcome.place) {
            result.skipped.append({row.row, outcome.skipReason});
            continue;
        }
        Place place = *outcome.place;
        if (const int first = firstRowOfUid.value(place.uid); first > 0) {
            result.skipped.append({row.row, QStringLiteral("Source id '%1' already appeared in row %2; that row was kept.").arg(place.sourceId).arg(first)});
            continue;
        }
        firstRowOfUid.insert(place.uid, row.row);
        for (const QString &repair : outcome.repairs)
            result.repaired.append({row.row, repair});
        for (const QString &warning : outcome.warnings)
            result.warnings.append({row.row, warning});

        if (outcome.areaFromFile) {
            // The file's own codes are kept; an outline that says otherwise is reported.
            ++result.areasFromFile;
            if (m_areas && m_areas->boundaryCount() > 0 && !place.buurtCode.isEmpty()) {
                const auto codes = m_areas->locate(place.lat, place.lon);
                if (codes && codes->byBoundary && codes->buurt != place.buurtCode)
                    result.warnings.append({row.row, QStringLiteral("The file gives buurt %1, but %2, %3 lies in the outline of %4; the file's code was kept.")
                                                         .arg(place.buurtCode).arg(place.lat).arg(place.lon).arg(codes->buurt)});
            }
        } else if (m_areas && !m_areas->isEmpty()) {
            if (const auto codes = m_areas->locate(place.lat, place.lon)) {
                place.gemeenteCode = codes->gemeente;
                place.wijkCode = codes->wijk;
                place.buurtCode = codes->buurt;
                if (codes->byBoundary) {
                    ++result.areasByOutline;
                } else {
                    ++result.areasByLabelPoint;
                    // Outlines were loaded but none holds the place: say that the codes are a guess.
                    if (m_areas->boundaryCount() > 0)
                        result.warnings.append({row.row, QStringLiteral("No buurt outline contains %1, %2; the nearest label point (%3 m) gave %4.")
                                                             .arg(place.lat).arg(place.lon).arg(qRound(codes->distanceMetres)).arg(codes->buurt)});
                }
            } else {
                result.warnings.append({row.row, QStringLiteral("No CBS buurt lies near %1, %2; the area codes were left empty.").arg(place.lat).arg(place.lon)});
            }
        }
        // What stewards added by hand (accessibility, opening hours, validity) survives a
        // re-import, and so do area codes the file does not give and no area index replaced:
        // a re-import must never move a place's figures to "onbekend".
        if (const auto existing = m_store.place(place.uid)) {
            if (place.gemeenteCode.isEmpty() && place.wijkCode.isEmpty() && place.buurtCode.isEmpty()) {
                place.gemeenteCode = existing->gemeenteCode;
                place.wijkCode = existing->wijkCode;
                place.buurtCode = existing->buurtCode;
                if (!place.buurtCode.isEmpty())
                    ++result.areaCodesKept;
            }
            if (place.accessibility.isEmpty())
                place.accessibility = existing->accessibility;
            if (place.openingHours.isEmpty())
                place.openingHours = existing->openingHours;
            place.validFrom = existing->validFrom;
            place.validTo = existing->validTo;
        }
        if (place.buurtCode.isEmpty())
            ++result.withoutAreaCodes;
        if (!m_store.save(place))
            return refuse(QStringLiteral("Row %1 (%2) could not be stored, so nothing was imported: %3").arg(row.row).arg(place.name, m_store.errorString()));
        ++result.imported;
    }
    if (!transaction.commit())
        return refuse(QStringLiteral("The import could not be committed; nothing was changed."));
    qCDebug(lcPlaceImport) << label << "imported" << result.imported << "skipped" << result.skipped.size();
    return result;
}

} // namespace Buurtplein
