// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

#include <optional>

// One-time enrolment codes (docs/protocol.md, "Enrolment"): 16 symbols of Crockford
// base32, shown as four groups of four, forgiving of how a person types or reads them.
namespace Buurtplein::EnrolCode {

/** The symbols a code uses: 0-9 and A-Z without I, L, O and U. */
inline constexpr char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
/** How many symbols a code has. */
inline constexpr int length = 16;

/** A new code from the system's random source (80 bits), normalised: 16 symbols, no dashes. */
QString generate();
/**
 * The code a person meant by @p text: case, spaces and dashes ignored, I and L read as 1,
 * O as 0. std::nullopt when it cannot be a code (another symbol, U, or not 16 symbols).
 */
std::optional<QString> normalise(const QString &text);
/** @p code in groups of four joined by dashes, "K7QM-3XPA-9RTD-2FHC". */
QString grouped(const QString &code);
/** The buurtplein://enrol?hub=...&code=XXXX-XXXX-XXXX-XXXX link the app opens; without hub= when @p hub is empty. */
QString link(const QString &code, const QUrl &hub);

/** What a social worker typed, pasted or opened: the code, and the hub when a link named one. */
struct Enrolment {
    QString code; ///< normalised
    QUrl hub;     ///< empty when only a code was given
};
/**
 * Reads a bare code or a buurtplein://enrol link. The hub must be an http(s) URL with a
 * host; std::nullopt (and @p error, a sentence for the person) for anything else.
 */
std::optional<Enrolment> read(const QString &text, QString *error = nullptr);

} // namespace Buurtplein::EnrolCode
