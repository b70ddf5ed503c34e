// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The app's static QML modules (qml/CMakeLists.txt), linked into an executable. Include
// this once per executable that loads the app's QML (its main file).

#include <QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(BuurtpleinCommonPlugin)
Q_IMPORT_QML_PLUGIN(BuurtpleinResidentPlugin)
Q_IMPORT_QML_PLUGIN(BuurtpleinWorkerPlugin)
Q_IMPORT_QML_PLUGIN(BuurtpleinEvaluatorPlugin)
Q_IMPORT_QML_PLUGIN(BuurtpleinAppPlugin)
