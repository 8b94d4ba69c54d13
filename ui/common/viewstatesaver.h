#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

using namespace Qt::Literals::StringLiterals;

class QHeaderView;
class QSplitter;
class QTimer;
class QWidget;

namespace brickdesk {

// Remembers how the user arranged a view across sessions, in QSettings under
// "ViewState/<key>/…": a header's column widths, order, hidden columns and sort order; a
// splitter's sizes; a dialog's geometry. Call attach() once, after the widget is built:
//
//     ViewStateSaver::attach(m_table->horizontalHeader(), u"jobs/table"_s);
//
// It restores the saved state at once, or as soon as the header has its columns when the
// model arrives later (a saved state for another number of columns is ignored), re-applies a
// saved sort order to a sorting view, and saves every change (debounced, and when the
// application quits). The saver is a child of the widget and dies with it.
class ViewStateSaver final : public QObject
{
    Q_OBJECT
public:
    static ViewStateSaver *attach(QHeaderView *header, const QString &key);
    static ViewStateSaver *attach(QSplitter *splitter, const QString &key);
    // Geometry of a top-level window or dialog, saved when it is hidden or closed.
    static ViewStateSaver *attach(QWidget *window, const QString &key);

    // Writes the current state now.
    void save();
    // True once a saved state was applied (false when there was none, or it did not fit).
    bool isRestored() const { return m_restored; }
    QString key() const { return m_key; }

    static QString settingsGroup() { return u"ViewState"_s; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class Kind { Header, Splitter, Window };
    ViewStateSaver(QWidget *widget, Kind kind, const QString &key);

    void tryRestoreHeader();
    void scheduleSave();

    QPointer<QWidget> m_widget;
    Kind m_kind;
    QString m_key;
    QTimer *m_saveTimer = nullptr;
    bool m_restored = false;
    bool m_restoreAttempted = false;
};

} // namespace brickdesk
