// SPDX-License-Identifier: GPL-3.0-or-later
// Placeholder: replaced by the tests of issue 4's worker pages.
#include <QTest>

class TestPlaceholder : public QObject
{
    Q_OBJECT
};

QTEST_MAIN(TestPlaceholder)
#include "tst_activityeditor.moc"
