// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Buurtplein {

class AreaIndex;
class CatalogueStore;

/** A row the importer skipped, repaired or kept with a doubt; row is the 1-based feature index or CSV line. */
struct ImportIssue {
    int row = 0;
    QString reason;
};

/** What an import did. */
struct PlaceImportResult {
    int imported = 0;               ///< places inserted or updated
    QList<ImportIssue> skipped;     ///< rows not imported, with why
    QList<ImportIssue> repaired;    ///< rows imported after a safe correction
    QList<ImportIssue> warnings;    ///< rows imported as written although something looks wrong
    int areaCodesKept = 0;          ///< places the file gave no area codes, which kept the ones they had
    int withoutAreaCodes = 0;       ///< places stored without a buurt code (their figures count as "onbekend")
    int areasByOutline = 0;         ///< places whose buurt outline contains them
    int areasByLabelPoint = 0;      ///< places given the buurt of the nearest label point (no outline holds them)
    int areasFromFile = 0;          ///< places whose CBS codes the file gave itself (buurtCode, wijkCode, gemeenteCode columns)
    /** {"imported": n, "areaCodesKept": n, "withoutAreaCodes": n, "areasByOutline": n, "areasByLabelPoint": n, "areasFromFile": n, "skipped": [{"row", "reason"}], "repaired": [...], "warnings": [...]} */
    QJsonObject toJson() const;
};

/**
 * Imports meeting places from GeoJSON (a FeatureCollection of Point features) or CSV
 * (RFC 4180, a column mapping) into the catalogue, in one transaction: a file that
 * cannot be read or parsed changes nothing. Every usable row is kept; each skipped or
 * corrected row is reported with a reason. Re-importing updates places by source id.
 */
class PlaceImporter
{
public:
    enum class Format { Auto, GeoJson, Csv };

    /**
     * Catalogue fields a source column can be mapped to, spelled as the catalogue's JSON
     * spells a place (houseNumber, sourceId, buurtCode, ...). Area codes a file carries
     * (buurtCode, wijkCode, gemeenteCode) are kept as given; the area index then only
     * reports an outline that disagrees.
     */
    static QStringList fields();
    /** The mapping for Gemeente Amsterdam's "Maatschappelijke voorzieningen" (MVZN_ID, Naam, Adres, ...). */
    static QHash<QString, QString> amsterdamMapping();
    /**
     * Parses "field=Column" (or "Column=field") items, each one or more separated by commas
     * ("name=Naam,lat=Breedte"), into a mapping; sets @p error when one is unusable. The spelling with underscores of earlier versions (house_number) is read too.
     */
    static std::optional<QHash<QString, QString>> parseMapping(const QStringList &items, QString *error);

    explicit PlaceImporter(CatalogueStore &store);

    /** Assigns CBS area codes from @p index to places with coordinates; not owned, may be null. */
    void setAreaIndex(const AreaIndex *index) { m_areas = index; }
    /** Overrides the column of some fields, e.g. {"name": "Naam"}; other fields are guessed from the columns. */
    void setMapping(const QHash<QString, QString> &mapping) { m_mapping = mapping; }
    /** The uid prefix ("mvzn" gives "mvzn:MV1135-1") and the source name stored on each place. */
    void setSource(const QString &uidPrefix, const QString &sourceName);

    /** Imports @p path; std::nullopt with errorString() set when the file is refused. */
    std::optional<PlaceImportResult> importFile(const QString &path, Format format = Format::Auto);
    /** Imports @p data; @p label names it in messages. */
    std::optional<PlaceImportResult> importData(const QByteArray &data, Format format, const QString &label);

    QString errorString() const { return m_error; }

private:
    struct Row;
    std::optional<QList<Row>> readGeoJson(const QByteArray &data, const QString &label, QStringList *columns);
    std::optional<QList<Row>> readCsv(const QByteArray &data, const QString &label, QStringList *columns);
    QHash<QString, QString> resolveMapping(const QStringList &columns) const;
    std::optional<PlaceImportResult> store(const QList<Row> &rows, const QHash<QString, QString> &mapping,
                                           const QString &label, bool amsterdam);
    std::nullopt_t refuse(const QString &message);

    CatalogueStore &m_store;
    const AreaIndex *m_areas = nullptr;
    QHash<QString, QString> m_mapping;
    QString m_uidPrefix;
    QString m_sourceName;
    QString m_error;
};

} // namespace Buurtplein
