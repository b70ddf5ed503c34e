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
/**
 * Where calendar files the resident adds go: Documents/Buurtplein (a folder the person
 * can find again in their files app), else exportDirectory() when there is no Documents.
 */
QString calendarDirectory();
/** @p path as a person reads it: "Documents/Buurtplein/x.ics" under the home folder, else the native path. */
QString displayPath(const QString &path);

} // namespace Buurtplein::DevicePaths
