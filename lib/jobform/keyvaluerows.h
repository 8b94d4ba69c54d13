#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <utility>

// The job form's name->value fields (tags, notebook base_parameters, SQL parameters, run_job
// job_parameters, spark_conf, custom_tags) as the user types them: "name=value", one per line.
namespace brickdesk::keyvaluerows {

// Rows whose name an earlier row of the same field already has, in the order typed. A JSON
// object holds one value per name, so the form keeps them beside the map: validate() refuses the
// save while there are any (the map alone would silently keep one), and format() shows them
// again when the field is shown anew, so nothing the user typed is lost.
using Rows = QList<std::pair<QString, QString>>;

struct Parsed
{
    QMap<QString, QString> map; // the first row of each name
    Rows repeated; // later rows with a name already in the map
};

// Names and values are trimmed (as the form always did), so " a" and "a" are the same name;
// blank lines are skipped. A row without a name keeps what the form did before: the last such
// row is the map's "" entry, never reported as repeated (validation of empty names is the
// field's own, e.g. "Tag names cannot be empty").
inline Parsed parse(const QString &text)
{
    Parsed parsed;
    const QStringList lines = text.split(u'\n');
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        const qsizetype equals = line.indexOf(u'=');
        const QString name = (equals < 0 ? line : line.left(equals)).trimmed();
        const QString value = equals < 0 ? QString() : line.mid(equals + 1).trimmed();
        if (!name.isEmpty() && parsed.map.contains(name))
            parsed.repeated.append({name, value});
        else
            parsed.map.insert(name, value);
    }
    return parsed;
}

inline QString format(const QMap<QString, QString> &map, const Rows &repeated = {})
{
    QStringList lines;
    for (auto it = map.begin(); it != map.end(); ++it)
        lines << it.key() + u'=' + it.value();
    for (const auto &[name, value] : repeated)
        lines << name + u'=' + value;
    return lines.join(u'\n');
}

// Each name of `rows` once, in the order first repeated.
inline QStringList names(const Rows &rows)
{
    QStringList result;
    for (const auto &row : rows) {
        if (!result.contains(row.first))
            result << row.first;
    }
    return result;
}

// Records the repeated rows of `field` (its JSON path, e.g. "notebook_task.base_parameters")
// in `byField`, or forgets the field when it has none.
inline void remember(QMap<QString, Rows> &byField, const QString &field, const Rows &repeated)
{
    if (repeated.isEmpty())
        byField.remove(field);
    else
        byField.insert(field, repeated);
}

} // namespace brickdesk::keyvaluerows
