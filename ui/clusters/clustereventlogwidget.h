#pragma once

#include "domain/clusterevent.h"

#include <QSet>
#include <QWidget>

using namespace Qt::Literals::StringLiterals;

class QLabel;
class QLineEdit;
class QMenu;
class QPlainTextEdit;
class QSortFilterProxyModel;
class QTableView;
class QToolButton;

namespace brickdesk {

class ClusterEventsModel;
class ClusterEventsFilterProxyModel;

// The "Event log" tab: every event of the loaded window in a table (time, type, a readable
// summary of `details`), filtered by type (multi-select) and text, the selected event's full
// details JSON below, and export of what the filter shows to CSV or JSON.
class ClusterEventLogWidget final : public QWidget
{
    Q_OBJECT
public:
    explicit ClusterEventLogWidget(QWidget *parent = nullptr);
    ~ClusterEventLogWidget() override;

    void clear();
    // Appends a batch (ascending time, after everything already shown).
    void appendEvents(const QVector<ClusterEvent> &events);
    int eventCount() const;
    // The events shown (all of them, unfiltered), oldest first.
    const QVector<ClusterEvent> &events() const;
    int visibleCount() const;
    // A base name for exported files, e.g. "cluster-1234-abc-events".
    void setExportBaseName(const QString &name) { m_exportBaseName = name; }

    // Selection by index into the appended events (-1: none). Clears the filters if they hide it.
    void selectEvent(int index);
    int selectedEvent() const;

    // Type filter: the wire names shown ("RESIZING", ...); empty = all types.
    void setTypeFilter(const QStringList &typeNames);
    QStringList typeFilter() const;
    void setTextFilter(const QString &text);

    QTableView *table() const { return m_table; }
    ClusterEventsModel *model() const { return m_model; }
    QString detailsText() const;

    // The filtered events, as CSV (time, type, summary, details JSON) or a JSON array of the
    // raw events.
    QByteArray toCsv() const;
    QByteArray toJson() const;
    bool exportCsv();
    bool exportJson();

signals:
    void eventSelected(int index);
    void statusMessage(const QString &text, int timeoutMs);

private:
    void rebuildTypeMenu();
    void applyTypeFilter();
    void updateCount();
    void showDetails();
    QList<int> visibleSourceRows() const;
    bool exportWith(
        const QString &caption, const QString &extension, const QString &filter, const QByteArray &content);

    ClusterEventsModel *m_model = nullptr;
    ClusterEventsFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QToolButton *m_typeButton = nullptr;
    QMenu *m_typeMenu = nullptr;
    QLineEdit *m_text = nullptr;
    QLabel *m_count = nullptr;
    QPlainTextEdit *m_details = nullptr;
    QString m_exportBaseName = u"cluster-events"_s;
    QSet<QString> m_knownTypes;
    bool m_updatingSelection = false;
};

} // namespace brickdesk
