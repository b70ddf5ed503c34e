// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A recording proxy on loopback in front of a real hub: it keeps every request exactly
// as the app's network stack wrote it (request line, every header field, body) and
// passes it on, so that the app's conversations run to their end while a test reads
// what really left the device.

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

namespace Buurtplein::TestSupport {

/** One request as it arrived. */
struct RecordedRequest {
    QByteArray method;
    QByteArray target;                          ///< path and query
    QList<QPair<QByteArray, QByteArray>> headers; ///< in order, names lower-cased
    QByteArray body;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[n, v] : headers) {
            if (n == name)
                return v;
        }
        return {};
    }
    QByteArray path() const { return target.left(target.indexOf('?') < 0 ? target.size() : target.indexOf('?')); }
};

class RecordingHub : public QObject
{
public:
    /** Listens on 127.0.0.1 and passes every request on to 127.0.0.1:@p upstreamPort. */
    bool listen(quint16 upstreamPort)
    {
        m_upstream = upstreamPort;
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = m_server.nextPendingConnection())
                serve(client);
        });
        return m_server.listen(QHostAddress::LocalHost);
    }

    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()); }
    const QList<RecordedRequest> &requests() const { return m_requests; }

private:
    struct Connection {
        QByteArray pending;
        bool busy = false;
    };

    void serve(QTcpSocket *client)
    {
        auto *state = new Connection;
        connect(client, &QTcpSocket::disconnected, client, [client, state] {
            delete state;
            client->deleteLater();
        });
        connect(client, &QTcpSocket::readyRead, this, [this, client, state] {
            state->pending += client->readAll();
            next(client, state);
        });
    }

    /** Splits the first whole HTTP message off @p buffer: its header block and body; false while incomplete. */
    static bool takeMessage(QByteArray *buffer, QByteArray *head, QByteArray *body)
    {
        const qsizetype end = buffer->indexOf("\r\n\r\n");
        if (end < 0)
            return false;
        const QByteArray block = buffer->left(end);
        qsizetype length = 0;
        for (const QByteArray &line : block.split('\n')) {
            const QByteArray l = line.trimmed();
            if (l.toLower().startsWith("content-length:"))
                length = l.mid(15).trimmed().toLongLong();
        }
        if (buffer->size() < end + 4 + length)
            return false;
        *head = block;
        *body = buffer->mid(end + 4, length);
        buffer->remove(0, end + 4 + length);
        return true;
    }

    void next(QTcpSocket *client, Connection *state)
    {
        if (state->busy)
            return;
        QByteArray head, body;
        if (!takeMessage(&state->pending, &head, &body))
            return;
        RecordedRequest r;
        const QList<QByteArray> lines = head.split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        r.method = requestLine.value(0);
        r.target = requestLine.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                r.headers.append({lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed()});
        }
        r.body = body;
        m_requests.append(r);

        // On to the hub, one upstream connection per request; the answer goes back whole.
        state->busy = true;
        auto *upstream = new QTcpSocket(this);
        auto *answer = new QByteArray;
        QPointer<QTcpSocket> guard(client);
        connect(upstream, &QTcpSocket::connected, upstream, [upstream, head, body] { upstream->write(head + "\r\n\r\n" + body); });
        connect(upstream, &QTcpSocket::readyRead, this, [this, upstream, answer, guard, state] {
            *answer += upstream->readAll();
            QByteArray copy = *answer, responseHead, responseBody;
            if (!takeMessage(&copy, &responseHead, &responseBody))
                return;
            upstream->disconnect(this);
            upstream->abort();
            upstream->deleteLater();
            if (guard) {
                guard->write(responseHead + "\r\n\r\n" + responseBody);
                state->busy = false;
                next(guard, state);
            }
            delete answer;
        });
        upstream->connectToHost(QHostAddress::LocalHost, m_upstream);
    }

    QTcpServer m_server;
    quint16 m_upstream = 0;
    QList<RecordedRequest> m_requests;
};

} // namespace Buurtplein::TestSupport
