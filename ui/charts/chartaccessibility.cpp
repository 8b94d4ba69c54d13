#include "charts/chartaccessibility.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QWidget>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

namespace {

// Set on the widgets markAsChart() was given; the factory looks for it.
constexpr char kChartProperty[] = "brickdesk_accessible_chart";

QAccessibleInterface *chartInterface(const QString &, QObject *object)
{
    auto *widget = qobject_cast<QWidget *>(object);
    if (!widget || !widget->property(kChartProperty).toBool())
        return nullptr;
    return new QAccessibleWidget(widget, QAccessible::Chart);
}

} // namespace

void markAsChart(QWidget *widget)
{
    static const bool installed = [] {
        QAccessible::installFactory(chartInterface);
        return true;
    }();
    Q_UNUSED(installed)
    widget->setProperty(kChartProperty, true);
}

} // namespace brickdesk
