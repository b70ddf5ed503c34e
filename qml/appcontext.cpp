// SPDX-License-Identifier: GPL-3.0-or-later
#include "appcontext.h"


namespace Buurtplein {

namespace {
AppContext *s_instance = nullptr;
}

AppContext::AppContext(UpcomingModel *upcoming, QObject *parent)
    : QObject(parent)
    , m_upcoming(upcoming)
{
}

QString AppContext::sourceNote() const
{
    //: Attribution of the open data the demo neighbourhood is built from
    return tr("Places: Gemeente Amsterdam, Maatschappelijke voorzieningen. Areas: CBS, Wijk- en buurtkaart.");
}

void AppContext::setInstance(AppContext *instance)
{
    s_instance = instance;
}

AppContext *AppContext::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT(s_instance);
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

} // namespace Buurtplein
