//! Time boundaries: the back-off schedule (spec §9), poll intervals,
//! hostname validation window, token lifetimes per CA, renewal window and
//! expiry, all at fixed `now` values.

use custom_hostnames::api::{CertificateAuthority, CustomHostname};
use custom_hostnames::status::timing::{
    MAX_DELAY, RETRIES, backoff_delay, current_interval, seconds_to_next_check, token_lifetime_days,
};
use custom_hostnames::status::{Context, Phase, assess};
use serde_json::json;

const DAY: i64 = 86_400;
/// 2026-11-01T00:00:00Z.
const T0: i64 = 1_793_491_200;
const T0_TEXT: &str = "2026-11-01T00:00:00Z";

fn at(now: i64) -> Context {
    Context {
        now: Some(now),
        ..Context::default()
    }
}

#[test]
fn backoff_matches_the_documented_delays() {
    // §9: n = 0..9 → 60,63,66,69,72,76,80,84,88,93 s; n=10 → 242; n=39 → 13 975; n ≥ 40 → 14 400.
    let first: Vec<u64> = (0..10).map(backoff_delay).collect();
    assert_eq!(first, [60, 63, 66, 69, 72, 76, 80, 84, 88, 93]);
    assert_eq!(backoff_delay(10), 242);
    assert_eq!(backoff_delay(39), 13_975);
    assert_eq!(backoff_delay(40), MAX_DELAY);
    assert_eq!(backoff_delay(u32::MAX), MAX_DELAY);
    // "Sum of 75 delays ≈ 7.06 days".
    let total: u64 = (0..RETRIES).map(backoff_delay).sum();
    let days = total as f64 / 86_400.0;
    assert!((7.0..7.1).contains(&days), "{days}");
}

#[test]
fn next_check_around_boundaries() {
    // Checks at 0, 60, 123, 189 ... (cumulative delays); first ten end at 751.
    assert_eq!(seconds_to_next_check(0), 60);
    assert_eq!(seconds_to_next_check(30), 30);
    assert_eq!(seconds_to_next_check(55), 10, "floored at 10 s");
    assert_eq!(seconds_to_next_check(60), 63);
    assert_eq!(seconds_to_next_check(122), 10);
    assert_eq!(seconds_to_next_check(123), 66);
    assert_eq!(seconds_to_next_check(750), 10);
    assert_eq!(seconds_to_next_check(751), 242);
    assert_eq!(seconds_to_next_check(-5), 60, "clock skew: first delay");
    assert_eq!(
        seconds_to_next_check(30 * DAY),
        MAX_DELAY,
        "past the schedule: cap"
    );
    assert_eq!(current_interval(0), 60);
    assert_eq!(current_interval(751), 242);
    assert_eq!(current_interval(30 * DAY), MAX_DELAY);
}

fn pending(created: &str) -> CustomHostname {
    CustomHostname::from_json_value(&json!({
        "id": "x", "hostname": "shop.example.net", "status": "pending", "created_at": created,
        "ssl": { "status": "pending_validation", "method": "txt", "type": "dv", "certificate_authority": "lets_encrypt",
                 "validation_records": [ { "txt_name": "_acme-challenge.shop.example.net", "txt_value": "tok" } ] }
    }))
    .unwrap()
}

#[test]
fn poll_follows_the_backoff_from_created_at() {
    let object = pending(T0_TEXT);
    assert_eq!(
        assess(&object, &Context::default()).poll_after_seconds,
        Some(60),
        "no now: first delay"
    );
    assert_eq!(assess(&object, &at(T0)).poll_after_seconds, Some(60));
    assert_eq!(assess(&object, &at(T0 + 60)).poll_after_seconds, Some(63));
    assert_eq!(
        assess(&object, &at(T0 + 3600)).poll_after_seconds,
        Some(480)
    );
    assert_eq!(
        assess(&object, &at(T0 + 8 * DAY)).poll_after_seconds,
        Some(MAX_DELAY)
    );
}

#[test]
fn hostname_validation_window_is_seven_days() {
    let object = pending(T0_TEXT);
    let find = |now| {
        assess(&object, &at(now))
            .deadlines
            .into_iter()
            .find(|d| d.code == "hostname_validation_ends")
            .unwrap()
    };
    let before = find(T0 + 7 * DAY - 1);
    assert_eq!(before.at, Some(T0 + 7 * DAY));
    assert_eq!(before.at_rfc3339.as_deref(), Some("2026-11-08T00:00:00Z"));
    assert_eq!(before.seconds_left, Some(1));
    assert_eq!(find(T0 + 7 * DAY).seconds_left, Some(0));
    assert_eq!(find(T0 + 7 * DAY + 1).seconds_left, Some(-1));
}

#[test]
fn token_lifetimes_per_ca() {
    assert_eq!(
        token_lifetime_days(Some(&CertificateAuthority::LetsEncrypt)),
        (7, false)
    );
    assert_eq!(
        token_lifetime_days(Some(&CertificateAuthority::Google)),
        (14, false)
    );
    assert_eq!(
        token_lifetime_days(Some(&CertificateAuthority::SslCom)),
        (14, false)
    );
    assert_eq!(
        token_lifetime_days(Some(&CertificateAuthority::Digicert)),
        (30, false)
    );
    assert_eq!(
        token_lifetime_days(Some(&CertificateAuthority::Default)),
        (7, true)
    );
    assert_eq!(token_lifetime_days(None), (7, true));

    for (ca, days) in [
        ("lets_encrypt", 7),
        ("google", 14),
        ("ssl_com", 14),
        ("digicert", 30),
        ("", 7),
    ] {
        let mut value = serde_json::to_value(pending(T0_TEXT)).unwrap();
        value["ssl"]["certificate_authority"] = json!(ca);
        let object = CustomHostname::from_json_value(&value).unwrap();
        let deadline = assess(&object, &at(T0 + days * DAY - 1))
            .deadlines
            .into_iter()
            .find(|d| d.code == "dcv_token_expires")
            .unwrap();
        assert_eq!(deadline.at, Some(T0 + days * DAY), "{ca}");
        assert_eq!(deadline.seconds_left, Some(1), "{ca}");
        assert!(deadline.estimated);
        // The customer reads the date itself (the estimate is day-precise).
        let date = time::OffsetDateTime::from_unix_timestamp(T0 + days * DAY).unwrap();
        let written = format!("{} {} {}", date.day(), date.month(), date.year());
        assert!(
            deadline.text.contains(&written),
            "{} / {written}",
            deadline.text
        );
    }
}

#[test]
fn context_ca_applies_when_the_object_has_none() {
    let mut value = serde_json::to_value(pending(T0_TEXT)).unwrap();
    value["ssl"]
        .as_object_mut()
        .unwrap()
        .remove("certificate_authority");
    let object = CustomHostname::from_json_value(&value).unwrap();
    let context = Context {
        certificate_authority: Some(CertificateAuthority::Google),
        ..at(T0)
    };
    let deadline = assess(&object, &context)
        .deadlines
        .into_iter()
        .find(|d| d.code == "dcv_token_expires")
        .unwrap();
    assert_eq!(deadline.at, Some(T0 + 14 * DAY));
}

fn active(expires: &str) -> CustomHostname {
    CustomHostname::from_json_value(&json!({
        "id": "x", "hostname": "shop.example.net", "status": "active", "created_at": T0_TEXT,
        "ssl": { "status": "active", "method": "http", "type": "dv", "expires_on": expires }
    }))
    .unwrap()
}

#[test]
fn renewal_window_and_expiry_boundaries() {
    // expires_on = T0 + 90 days; renewal window opens at T0 + 60 days.
    let object = active("2027-01-30T00:00:00Z");
    let expires = T0 + 90 * DAY;
    let window = expires - 30 * DAY;

    let a = assess(&object, &at(window - 1));
    assert_eq!(
        (a.phase, a.ready, a.poll_after_seconds),
        (Phase::Active, true, None)
    );

    let a = assess(&object, &at(window));
    assert_eq!(a.phase, Phase::ActiveNeedsAttention);
    assert!(a.ready);
    assert_eq!(a.steps[0].code, "wait_for_renewal");

    let a = assess(&object, &at(expires - 1));
    assert_eq!(a.phase, Phase::ActiveNeedsAttention);
    assert!(a.ready);

    let a = assess(&object, &at(expires));
    assert_eq!(a.phase, Phase::ActiveNeedsAttention);
    assert!(!a.ready, "past expires_on the certificate no longer serves");
    assert_eq!(a.steps[0].code, "refresh_validation");

    let certificate = a
        .deadlines
        .iter()
        .find(|d| d.code == "certificate_expires")
        .unwrap();
    assert_eq!(certificate.seconds_left, Some(0));
    let renewal = a
        .deadlines
        .iter()
        .find(|d| d.code == "renewal_window_opens")
        .unwrap();
    assert_eq!(renewal.at, Some(window));
}

#[test]
fn no_now_means_no_seconds_left_but_absolute_times() {
    let a = assess(&active("2027-01-30T00:00:00Z"), &Context::default());
    assert_eq!(
        a.phase,
        Phase::Active,
        "without now the renewal window cannot be judged"
    );
    for deadline in &a.deadlines {
        assert!(deadline.at.is_some());
        assert_eq!(deadline.seconds_left, None);
    }
}

#[test]
fn terminal_states_do_not_poll() {
    for (status, ssl) in [
        ("deleted", "deleted"),
        ("blocked", "active"),
        ("moved", "active"),
        ("active", "validation_timed_out"),
    ] {
        let object = CustomHostname::from_json_value(&json!({
            "id": "x", "hostname": "shop.example.net", "status": status, "created_at": T0_TEXT,
            "ssl": { "status": ssl, "method": "http", "type": "dv" }
        }))
        .unwrap();
        assert_eq!(
            assess(&object, &at(T0 + 100)).poll_after_seconds,
            None,
            "{status}/{ssl}"
        );
    }
}
