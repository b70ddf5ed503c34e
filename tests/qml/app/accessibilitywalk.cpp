// SPDX-License-Identifier: GPL-3.0-or-later
#include "accessibilitywalk.h"

#include <QAccessible>
#include <QFileInfo>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQmlProperty>
#include <QQuickItem>
#include <QRegularExpression>

namespace Buurtplein::AccessibilityWalk {

namespace {

// The touch target Material and WCAG 2.5.5 ask for; half a pixel for rounding.
constexpr qreal minimumTarget = 47.5;

enum class Kind { None, Button, Text, Combo, Slider, Spin, Focusable };

Kind kindOf(const QQuickItem *item)
{
    if (item->inherits("QQuickAbstractButton"))
        return Kind::Button;
    if (item->inherits("QQuickTextField") || item->inherits("QQuickTextArea"))
        return Kind::Text;
    if (item->inherits("QQuickComboBox"))
        return Kind::Combo;
    if (item->inherits("QQuickSlider") || item->inherits("QQuickRangeSlider"))
        return Kind::Slider;
    if (item->inherits("QQuickSpinBox"))
        return Kind::Spin;
    // A hand-made control: takes Tab focus itself (text inputs inside controls are theirs).
    if (item->activeFocusOnTab() && !item->inherits("QQuickTextInput") && !item->inherits("QQuickTextEdit")
        && !item->inherits("QQuickControl"))
        return Kind::Focusable;
    return Kind::None;
}

bool roleFits(Kind kind, QAccessible::Role role)
{
    switch (kind) {
    case Kind::Button:
    case Kind::Focusable:
        return role == QAccessible::Button || role == QAccessible::CheckBox || role == QAccessible::RadioButton
            || role == QAccessible::PageTab || role == QAccessible::ListItem || role == QAccessible::MenuItem
            || role == QAccessible::Link || role == QAccessible::ButtonMenu || role == QAccessible::ButtonDropDown;
    case Kind::Text:
        return role == QAccessible::EditableText;
    case Kind::Combo:
        return role == QAccessible::ComboBox;
    case Kind::Slider:
        return role == QAccessible::Slider;
    case Kind::Spin:
        return role == QAccessible::SpinBox;
    case Kind::None:
        break;
    }
    return false;
}

QString accessibleName(QQuickItem *item, Kind kind)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(item);
    QString name = iface ? iface->text(QAccessible::Name).trimmed() : QString();
    if (!name.isEmpty())
        return name;
    // What Qt Quick Controls give a screen reader once one is running (maybeSetAccessibleName):
    // a button's text, a text field's placeholder.
    if (kind == Kind::Button)
        name = item->property("text").toString();
    else if (kind == Kind::Text)
        name = item->property("placeholderText").toString();
    return name.trimmed();
}

QAccessible::Role accessibleRole(QQuickItem *item)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(item);
    return iface ? iface->role() : QAccessible::NoRole;
}

bool ignored(QQuickItem *item)
{
    const QVariant value = QQmlProperty::read(item, QStringLiteral("Accessible.ignored"), qmlContext(item));
    return value.toBool();
}

bool isTappable(const QQuickItem *item)
{
    if (item->inherits("QQuickMouseArea"))
        return true;
    for (const QObject *child : item->children()) {
        if (child->inherits("QQuickTapHandler") && child->property("enabled").toBool())
            return true;
    }
    return false;
}

bool hasAncestorControl(const QQuickItem *item, const QQuickItem *root)
{
    for (const QQuickItem *p = item->parentItem(); p && p != root; p = p->parentItem()) {
        if (kindOf(p) != Kind::None)
            return true;
    }
    return false;
}

void visit(QQuickItem *item, QQuickItem *root, QStringList &failures)
{
    if (!item->isVisible() || !item->isEnabled() || item->opacity() <= 0.0)
        return;
    const Kind kind = kindOf(item);
    if (kind != Kind::None) {
        const QString where = describe(item);
        if (accessibleName(item, kind).isEmpty())
            failures << where + QStringLiteral(": no accessible name");
        const QAccessible::Role role = accessibleRole(item);
        if (!roleFits(kind, role))
            failures << where + QStringLiteral(": role %1 does not fit").arg(int(role));
        if (!item->activeFocusOnTab())
            failures << where + QStringLiteral(": Tab never reaches it");
        const bool wide = item->width() >= minimumTarget || item->implicitWidth() >= minimumTarget;
        const bool tall = item->height() >= minimumTarget || item->implicitHeight() >= minimumTarget;
        if (!wide || !tall)
            failures << where + QStringLiteral(": touch target under 48x48");
    }
    // A MouseArea or TapHandler outside any control makes its item a button without telling anyone.
    if (isTappable(item) && kind == Kind::None && !hasAncestorControl(item, root)) {
        QQuickItem *owner = item->inherits("QQuickMouseArea") && item->parentItem() ? item->parentItem() : item;
        const bool named = !accessibleName(item, Kind::None).isEmpty() || !accessibleName(owner, Kind::None).isEmpty();
        if (!named && !ignored(item))
            failures << describe(item) + QStringLiteral(": tappable without an accessible name");
    }
    const QList<QQuickItem *> children = item->childItems();
    for (QQuickItem *child : children)
        visit(child, root, failures);
}

} // namespace

QString describe(const QQuickItem *item)
{
    static const QRegularExpression generated(QStringLiteral("_QMLTYPE_\\d+|_QML_\\d+"));
    QString type = QString::fromLatin1(item->metaObject()->className());
    type.remove(generated);
    if (type.startsWith(QLatin1String("QQuick")))
        type = type.mid(6);
    const QQmlContext *context = qmlContext(item);
    const QString file = context ? QFileInfo(context->baseUrl().path()).fileName() : QString();
    const QPointF at = item->mapToScene(QPointF(0, 0));
    return QStringLiteral("%1 '%2' in %3 at (%4, %5) %6x%7")
        .arg(type, item->objectName(), file.isEmpty() ? QStringLiteral("?") : file)
        .arg(qRound(at.x())).arg(qRound(at.y()))
        .arg(qRound(item->width())).arg(qRound(item->height()));
}

QStringList check(QQuickItem *root)
{
    QStringList failures;
    if (root)
        visit(root, root, failures);
    failures.removeDuplicates();
    return failures;
}

} // namespace Buurtplein::AccessibilityWalk
