#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariant>

namespace brickdesk {

// The rows of a succeeded SQL statement (JSON_ARRAY: every value a string or null), all chunks
// together, with typed access by the manifest's column types.
class StatementResult final
{
public:
    struct Column
    {
        QString name;
        QString type; // type_name: STRING, LONG, INT, DOUBLE, DECIMAL, TIMESTAMP, DATE, BOOLEAN, ...
    };

    StatementResult() = default;
    // {"statement_id", "manifest", "result": {"data_array": [every row]}}.
    static StatementResult fromJson(const QJsonObject &statement);

    QString statementId() const { return m_statementId; }
    const QList<Column> &columns() const { return m_columns; }
    int columnIndex(const QString &name) const; // -1 if absent
    qsizetype rowCount() const { return m_rows.size(); }
    bool truncated() const { return m_truncated; }

    bool isNull(qsizetype row, int column) const;
    QString text(qsizetype row, int column) const;
    double number(qsizetype row, int column) const; // 0 for null
    qint64 integer(qsizetype row, int column) const; // 0 for null
    QDateTime timestamp(qsizetype row, int column) const; // UTC; invalid for null
    bool boolean(qsizetype row, int column) const;
    // Typed by the column: qint64, double, QDateTime, bool or QString; null: an invalid QVariant.
    QVariant value(qsizetype row, int column) const;

private:
    QString m_statementId;
    QList<Column> m_columns;
    QList<QJsonArray> m_rows;
    bool m_truncated = false;
};

} // namespace brickdesk
