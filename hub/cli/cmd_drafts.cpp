// SPDX-License-Identifier: GPL-3.0-or-later
// drafts list, confirm and discard: the activities an .ics import left as drafts
// (docs/hub.md, "Drafts"), published only when a person has set category, cost and audience.
#include "catalogue/cataloguestore.h"
#include "cli/catalogueimport.h"
#include "cli/hubcli.h"
#include "storage/vocabulary.h"
#include "store/draftstore.h"
#include "store/hubdatabase.h"
#include "worker/cataloguepayload.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace Buurtplein::HubCli {

int draftsList(const QStringList &args)
{
    QString error;
    const auto options = Arguments::parse(args, {QStringLiteral("drafts list"), {QStringLiteral("org"), QStringLiteral("db")}, {}}, &error);
    if (!options)
        return fail(BadInput, error);
    return withDatabase(databaseLocation(*options), [&](HubDatabase &db) {
        const auto drafts = DraftStore(db).list(options->value(QStringLiteral("org")), &error);
        if (!drafts)
            return fail(Failed, error);
        QJsonArray list;
        for (const CatalogueDraft &draft : *drafts) {
            const QJsonObject activity = draft.bundle.value(QStringLiteral("activity")).toObject();
            const QJsonArray schedules = draft.bundle.value(QStringLiteral("schedules")).toArray();
            const QJsonObject first = schedules.isEmpty() ? QJsonObject() : schedules.first().toObject();
            list.append(QJsonObject{
                {QStringLiteral("uid"), draft.activityUid},
                {QStringLiteral("organisation"), draft.organisationUid},
                {QStringLiteral("title"), activity.value(QStringLiteral("title"))},
                {QStringLiteral("location"), draft.bundle.value(QStringLiteral("location"))},
                {QStringLiteral("place"), activity.value(QStringLiteral("placeUid"))},
                {QStringLiteral("startDate"), first.value(QStringLiteral("startDate"))},
                {QStringLiteral("startTime"), first.value(QStringLiteral("startTime"))},
                {QStringLiteral("rrule"), first.value(QStringLiteral("rrule"))},
                {QStringLiteral("imported"), QDateTime::fromSecsSinceEpoch(draft.created, Qt::UTC).toString(Qt::ISODate)},
            });
        }
        print(QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact)));
        return int(Ok);
    });
}

namespace {
// "free", "0", "2.50" or "2,50" euros as cents; std::nullopt for anything else.
std::optional<int> costCents(const QString &text)
{
    if (text == QLatin1String("free"))
        return 0;
    static const QRegularExpression euros(QStringLiteral("^([0-9]{1,4})(?:[.,]([0-9]{2}))?$"));
    const QRegularExpressionMatch m = euros.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    return m.captured(1).toInt() * 100 + (m.captured(2).isEmpty() ? 0 : m.captured(2).toInt());
}

QString termIds(const QList<Vocabulary::Term> &terms)
{
    QStringList ids;
    for (const Vocabulary::Term &term : terms)
        ids.append(term.id);
    return ids.join(QStringLiteral(", "));
}
} // namespace

int draftsConfirm(const QStringList &args)
{
    QString error;
    const auto options = Arguments::parse(
        args,
        {QStringLiteral("drafts confirm"),
         {QStringLiteral("activity"), QStringLiteral("category"), QStringLiteral("cost"), QStringLiteral("audience"),
          QStringLiteral("place"), QStringLiteral("db")},
         {QStringLiteral("activity"), QStringLiteral("category"), QStringLiteral("cost"), QStringLiteral("audience")}},
        &error);
    if (!options)
        return fail(BadInput, error);
    const QString uid = options->value(QStringLiteral("activity"));
    const QString category = options->value(QStringLiteral("category"));
    const QString audience = options->value(QStringLiteral("audience"));
    const auto cents = costCents(options->value(QStringLiteral("cost")));
    if (!Vocabulary::isCategory(category))
        return fail(BadInput, QStringLiteral("'%1' is not a category; use one of %2.").arg(category, termIds(Vocabulary::categories())));
    if (!Vocabulary::isAudience(audience))
        return fail(BadInput, QStringLiteral("'%1' is not an audience; use one of %2.").arg(audience, termIds(Vocabulary::audiences())));
    if (!cents)
        return fail(BadInput, QStringLiteral("--cost is 'free' or an amount in euros such as 2.50, not '%1'.").arg(options->value(QStringLiteral("cost"))));
    return runImport(databaseLocation(*options), [&](HubDatabase &db, CatalogueStore &store, const Seeded &, QJsonObject *report) {
        const auto draft = DraftStore(db).find(uid);
        if (!draft)
            return fail(BadInput, QStringLiteral("There is no draft %1; 'drafts list' shows them.").arg(uid));
        QString why;
        auto activity = CataloguePayload::readActivity(draft->bundle.value(QStringLiteral("activity")).toObject(), &why);
        if (!activity)
            return fail(Failed, QStringLiteral("The draft %1 cannot be read: %2").arg(uid, why));
        activity->category = category;
        activity->audience = audience;
        activity->costCents = *cents;
        if (options->has(QStringLiteral("place"))) {
            activity->placeUid = options->value(QStringLiteral("place"));
            if (!store.place(activity->placeUid))
                return fail(BadInput, QStringLiteral("There is no place %1.").arg(activity->placeUid));
        }
        activity->id = 0;
        activity->version = 0;
        if (!store.save(*activity))
            return fail(BadInput, QStringLiteral("%1 cannot be published: %2").arg(uid, store.errorString()));
        for (const QJsonValue &value : draft->bundle.value(QStringLiteral("schedules")).toArray()) {
            auto schedule = CataloguePayload::readSchedule(value.toObject(), &why);
            if (!schedule || !store.save(*schedule))
                return fail(Failed, QStringLiteral("A schedule of %1 cannot be published: %2").arg(uid, schedule ? store.errorString() : why));
        }
        for (const QJsonValue &value : draft->bundle.value(QStringLiteral("overrides")).toArray()) {
            auto change = CataloguePayload::readOverride(value.toObject(), &why);
            if (!change || !store.save(*change))
                return fail(Failed, QStringLiteral("A changed session of %1 cannot be published: %2").arg(uid, change ? store.errorString() : why));
        }
        if (!DraftStore(db).remove(uid, &why))
            return fail(Failed, why);
        *report = {{QStringLiteral("published"), uid}, {QStringLiteral("place"), activity->placeUid}};
        return int(Ok);
    });
}

int draftsDiscard(const QStringList &args)
{
    QString error;
    const auto options = Arguments::parse(args, {QStringLiteral("drafts discard"), {QStringLiteral("activity"), QStringLiteral("db")},
                                                 {QStringLiteral("activity")}}, &error);
    if (!options)
        return fail(BadInput, error);
    return withDatabase(databaseLocation(*options), [&](HubDatabase &db) {
        const QString uid = options->value(QStringLiteral("activity"));
        if (!DraftStore(db).find(uid))
            return fail(BadInput, QStringLiteral("There is no draft %1; 'drafts list' shows them.").arg(uid));
        if (!DraftStore(db).remove(uid, &error))
            return fail(Failed, error);
        print(QStringLiteral("discarded %1").arg(uid));
        return int(Ok);
    });
}

} // namespace Buurtplein::HubCli
