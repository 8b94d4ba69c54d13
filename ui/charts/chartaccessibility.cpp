#include "charts/chartaccessibility.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QWidget>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

namespace {

// Set on the widgets markAsChart() was given; the factory looks for it.
constexpr char kChartProperty[] = "brickdesk_accessible_chart";

class ChartInterface final : public QAccessibleWidget
{
public:
    explicit ChartInterface(QWidget *widget)
        : QAccessibleWidget(widget, QAccessible::Chart)
    { }

    QString text(QAccessible::Text t) const override
    {
        if (t == QAccessible::Description) {
            if (const auto *described = dynamic_cast<const DescribedChart *>(widget()))
                return described->currentDescription();
        }
        return QAccessibleWidget::text(t);
    }
};

QAccessibleInterface *chartInterface(const QString &, QObject *object)
{
    auto *widget = qobject_cast<QWidget *>(object);
    if (!widget || !widget->property(kChartProperty).toBool())
        return nullptr;
    return new ChartInterface(widget);
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
