#pragma once

#include <QJsonObject>
#include <QString>

namespace brickdesk {

// One entry of clusters/spark-versions "versions": {key, name}.
class SparkVersion final
{
public:
    SparkVersion() = default;
    static SparkVersion fromJson(const QJsonObject &version);

    QString key() const; // e.g. "15.4.x-scala2.12": what spark_version takes
    QString name() const; // e.g. "15.4 LTS (includes Apache Spark 3.5.0, Scala 2.12)"
    bool isLts() const;
    bool isMl() const;
    bool isPhoton() const;

    QJsonObject raw() const { return m_raw; }

private:
    QJsonObject m_raw;
};

} // namespace brickdesk
