#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QMetaType>
#include <QObject>
#include <QString>

namespace brickdesk {

// ClusterDetails from clusters/list or clusters/get (guide §2.1, §2.2). Keeps the raw object.
class Cluster final
{
    Q_GADGET

public:
    enum class State {
        Unknown, // absent, "UNKNOWN" or newer values (stateName() keeps the text)
        Pending,
        Running,
        Restarting,
        Resizing,
        Terminating,
        Terminated,
        Error,
    };
    Q_ENUM(State)

    Cluster() = default;
    static Cluster fromJson(const QJsonObject &cluster);

    bool isValid() const { return !m_id.isEmpty(); }
    QString id() const { return m_id; }
    QString name() const;
    QString stateName() const;
    State state() const { return m_state; }
    QString stateMessage() const;
    // num_workers is the DESIRED count (updated immediately on resize).
    int numWorkers() const;
    bool isAutoscale() const;
    int autoscaleMinWorkers() const; // -1 unless autoscale
    int autoscaleMaxWorkers() const;
    // len(executors): the best "current workers" snapshot; -1 when executors is absent.
    int executorCount() const;
    QString nodeTypeId() const;
    QString driverNodeTypeId() const;
    QString sparkVersion() const;
    QString creatorUserName() const;
    QString clusterSource() const; // UI, JOB, API, SQL, ...
    qint64 startTimeMs() const;
    qint64 terminatedTimeMs() const;
    qint64 lastRestartedTimeMs() const;
    QString terminationCode() const; // termination_reason.code, raw
    QString terminationType() const;
    int autoterminationMinutes() const;
    QMap<QString, QString> customTags() const;
    QString runtimeEngine() const;
    QString dataSecurityMode() const;
    QString singleUserName() const;
    QString policyId() const;
    bool isActive() const; // PENDING, RUNNING, RESTARTING, RESIZING

    QJsonObject raw() const { return m_raw; }

    static State stateFromName(QStringView name);

private:
    QString m_id;
    State m_state = State::Unknown;
    QJsonObject m_raw;
};

} // namespace brickdesk

Q_DECLARE_METATYPE(brickdesk::Cluster)
