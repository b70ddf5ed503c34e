// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Material
import Buurtplein

// Placeholder: replaced by the page's own work in issue 4.
Item {
}
