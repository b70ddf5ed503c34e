// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Buurtplein::Migrations {

/**
 * The schema steps in order; step i (0-based) takes a database from user_version i
 * to i + 1. Steps are never edited once released: a change is a new step.
 */
const QList<QStringList> &steps();

} // namespace Buurtplein::Migrations
