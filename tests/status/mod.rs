//! Tests of `custom_hostnames::status`: the status x ssl.status matrix,
//! the error catalogue, time boundaries, golden assessments of every
//! fixture, and the message catalogue.

mod catalogue;
pub mod customer_text;
mod golden;
mod matrix;
mod messages;
mod observation;
mod operations;
mod summary;
mod timing;
mod webhook;

use custom_hostnames::status::{Assessment, Audience};

/// Every human text of an assessment is rendered (no `{placeholder}`
/// left), and every customer text passes the customer-text rules.
pub fn assert_texts_rendered(assessment: &Assessment, label: &str) {
    let mut provider = vec![
        assessment.provider_summary.as_str(),
        assessment.hostname.meaning.as_str(),
        assessment.certificate.meaning.as_str(),
    ];
    let mut customer = vec![assessment.summary.as_str()];
    for step in &assessment.steps {
        match step.audience {
            Audience::Customer => customer.push(step.text.as_str()),
            Audience::Provider => provider.push(step.text.as_str()),
        }
    }
    for error in &assessment.errors {
        provider.extend([error.cause.as_str(), error.fix.as_str()]);
        customer.push(error.customer.as_str());
    }
    customer.extend(assessment.deadlines.iter().map(|d| d.text.as_str()));
    if let Some(dns) = &assessment.dns {
        customer.push(dns.text.as_str());
    }
    for text in provider.iter().chain(&customer) {
        assert!(!text.is_empty(), "{label}: empty text");
        assert!(
            !text.contains('{') && !text.contains('}'),
            "{label}: unrendered placeholder in {text:?}"
        );
    }
    for text in customer {
        customer_text::assert_rendered_customer_text(text, label);
    }
}
