// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Buurtplein::DevicePaths {

/** The folder the app keeps its catalogue database in; created when missing. */
QString dataDirectory();

/** The path of the device's catalogue database. */
QString catalogueDatabase();

/** The cache folder files for other apps are written to (e.g. .ics for "add to calendar"); created when missing. */
QString exportDirectory();

} // namespace Buurtplein::DevicePaths
