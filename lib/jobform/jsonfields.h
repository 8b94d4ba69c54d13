#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

using namespace Qt::Literals::StringLiterals;

// Small helpers shared by the job form's fromJson()/toJson(): they write a managed field
// while keeping the original JSON value whenever the form's value is equivalent to it, so a
// round trip without edits gives back exactly the JSON that was read (e.g. spark_conf values
// sent as JSON booleans stay booleans).
namespace brickdesk::jsonfields {

inline QString stringOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    if (value.isDouble()) {
        const double d = value.toDouble();
        const qint64 i = value.toInteger();
        return double(i) == d ? QString::number(i) : QString::number(d, 'g', 17);
    }
    return {};
}

inline QMap<QString, QString> readMap(const QJsonValue &value)
{
    QMap<QString, QString> map;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it)
        map.insert(it.key(), stringOf(it.value()));
    return map;
}

inline QStringList readList(const QJsonValue &value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array)
        list << stringOf(item);
    return list;
}

inline std::optional<int> readInt(const QJsonObject &object, const QString &key)
{
    if (!object.contains(key))
        return std::nullopt;
    return int(object.value(key).toInteger());
}

// Each set* helper first asks whether the form still holds what fromJson() read from the key
// (with the same conversion): then the JSON is left exactly as it was -- a missing key stays
// missing, a number where a string belongs stays that number -- so a job the form did not touch
// is saved byte for byte, whatever the server sent.

// Empty string: the key is removed (a field the user cleared is not sent).
inline void setString(QJsonObject &object, const QString &key, const QString &value)
{
    if (object.value(key).toString() == value)
        return;
    if (value.isEmpty())
        object.remove(key);
    else if (stringOf(object.value(key)) != value || !object.value(key).isString())
        object.insert(key, value);
}

// A string the API requires even when empty (condition_task left/right, schedule fields).
inline void setRequiredString(QJsonObject &object, const QString &key, const QString &value)
{
    if (object.value(key).toString() != value)
        object.insert(key, value);
}

inline void setInt(QJsonObject &object, const QString &key, const std::optional<int> &value)
{
    if (readInt(object, key) == value)
        return;
    if (!value)
        object.remove(key);
    else if (!object.value(key).isDouble() || object.value(key).toInteger() != *value)
        object.insert(key, *value);
}

// A number the form always holds (read as 0 when missing, as toInteger() does).
inline void setCount(QJsonObject &object, const QString &key, int value)
{
    if (int(object.value(key).toInteger()) != value)
        object.insert(key, value);
}

// A bool whose server default is false: written when true or when it was present.
inline void setFlag(QJsonObject &object, const QString &key, bool value)
{
    if (object.value(key).toBool() == value && (object.contains(key) || !value))
        return;
    if (value || object.contains(key))
        object.insert(key, value);
}

// A map of strings; an empty map removes the key unless it was an empty object already.
inline void setMap(QJsonObject &object, const QString &key, const QMap<QString, QString> &map)
{
    if (readMap(object.value(key)) == map && (object.contains(key) || map.isEmpty()))
        return;
    const QJsonObject old = object.value(key).toObject();
    if (map.isEmpty()) {
        if (!(object.value(key).isObject() && old.isEmpty()))
            object.remove(key);
        return;
    }
    QJsonObject result;
    for (auto it = map.begin(); it != map.end(); ++it) {
        const QJsonValue previous = old.value(it.key());
        if (!previous.isUndefined() && stringOf(previous) == it.value())
            result.insert(it.key(), previous);
        else
            result.insert(it.key(), it.value());
    }
    object.insert(key, result);
}

// A list of strings; an empty list removes the key unless it was an empty array already.
inline void setList(QJsonObject &object, const QString &key, const QStringList &list)
{
    if (readList(object.value(key)) == list && (object.contains(key) || list.isEmpty()))
        return;
    const QJsonArray old = object.value(key).toArray();
    if (list.isEmpty()) {
        if (!(object.value(key).isArray() && old.isEmpty()))
            object.remove(key);
        return;
    }
    if (readList(old) == list && object.value(key).isArray())
        return;
    object.insert(key, QJsonArray::fromStringList(list));
}

// An object the form writes into (a schedule, email_notifications...): when the form left it
// as it read it, the value stays as sent (a string where the object belongs, or no key at all).
inline void setObject(QJsonObject &parent, const QString &key, const QJsonObject &object)
{
    if (object == parent.value(key).toObject() && (parent.contains(key) || object.isEmpty()))
        return;
    parent.insert(key, object);
}

} // namespace brickdesk::jsonfields
