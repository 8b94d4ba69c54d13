#include "domain/statementresult.h"

#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace brickdesk {

StatementResult StatementResult::fromJson(const QJsonObject &statement)
{
    StatementResult r;
    r.m_statementId = statement.value(u"statement_id"_s).toString();
    const QJsonObject manifest = statement.value(u"manifest"_s).toObject();
    r.m_truncated = manifest.value(u"truncated"_s).toBool();
    const QJsonArray columns = manifest.value(u"schema"_s).toObject().value(u"columns"_s).toArray();
    for (const QJsonValue &c : columns) {
        const QJsonObject o = c.toObject();
        r.m_columns.append({o.value(u"name"_s).toString(), o.value(u"type_name"_s).toString().toUpper()});
    }
    const QJsonArray rows = statement.value(u"result"_s).toObject().value(u"data_array"_s).toArray();
    r.m_rows.reserve(rows.size());
    for (const QJsonValue &row : rows)
        r.m_rows.append(row.toArray());
    return r;
}

int StatementResult::columnIndex(const QString &name) const
{
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        if (m_columns.at(i).name.compare(name, Qt::CaseInsensitive) == 0)
            return int(i);
    }
    return -1;
}

bool StatementResult::isNull(qsizetype row, int column) const
{
    if (row < 0 || row >= m_rows.size())
        return true;
    const QJsonValue v = m_rows.at(row).at(column);
    return v.isNull() || v.isUndefined();
}

QString StatementResult::text(qsizetype row, int column) const
{
    if (isNull(row, column))
        return {};
    const QJsonValue v = m_rows.at(row).at(column);
    return v.isString() ? v.toString() : v.toVariant().toString();
}

double StatementResult::number(qsizetype row, int column) const
{
    return text(row, column).toDouble();
}

qint64 StatementResult::integer(qsizetype row, int column) const
{
    const QString t = text(row, column);
    bool ok = false;
    const qint64 whole = t.toLongLong(&ok);
    return ok ? whole : qint64(t.toDouble());
}

QDateTime StatementResult::timestamp(qsizetype row, int column) const
{
    if (isNull(row, column))
        return {};
    QString t = text(row, column);
    t.replace(u' ', u'T');
    QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (dt.isValid() && dt.timeSpec() == Qt::LocalTime)
        dt.setTimeZone(QTimeZone::utc()); // no zone in the text: the session's, UTC by default
    return dt.toUTC();
}

bool StatementResult::boolean(qsizetype row, int column) const
{
    const QString t = text(row, column);
    return t == u"true"_s || t == u"1"_s;
}

QVariant StatementResult::value(qsizetype row, int column) const
{
    if (isNull(row, column) || column < 0 || column >= m_columns.size())
        return {};
    const QString &type = m_columns.at(column).type;
    if (type == u"LONG"_s || type == u"INT"_s || type == u"SHORT"_s || type == u"BYTE"_s
        || type == u"BIGINT"_s)
        return integer(row, column);
    if (type == u"DOUBLE"_s || type == u"FLOAT"_s || type == u"DECIMAL"_s)
        return number(row, column);
    if (type == u"TIMESTAMP"_s || type == u"TIMESTAMP_NTZ"_s)
        return timestamp(row, column);
    if (type == u"BOOLEAN"_s)
        return boolean(row, column);
    return text(row, column);
}

} // namespace brickdesk
