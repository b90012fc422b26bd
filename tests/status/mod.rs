//! Tests of `custom_hostnames::status`: the status x ssl.status matrix,
//! the error catalogue, time boundaries, golden assessments of every
//! fixture, and the message catalogue.

mod catalogue;
mod golden;
mod matrix;
mod messages;
mod observation;
mod operations;
mod summary;
mod timing;
mod webhook;

use custom_hostnames::status::Assessment;

/// Every human text of an assessment: none may keep a `{placeholder}`.
pub fn assert_texts_rendered(assessment: &Assessment, label: &str) {
    let mut texts = vec![
        assessment.summary.as_str(),
        assessment.hostname.meaning.as_str(),
        assessment.certificate.meaning.as_str(),
    ];
    texts.extend(assessment.steps.iter().map(|s| s.text.as_str()));
    texts.extend(
        assessment
            .errors
            .iter()
            .flat_map(|e| [e.cause.as_str(), e.fix.as_str()]),
    );
    texts.extend(assessment.deadlines.iter().map(|d| d.text.as_str()));
    for text in texts {
        assert!(!text.is_empty(), "{label}: empty text");
        assert!(
            !text.contains('{') && !text.contains('}'),
            "{label}: unrendered placeholder in {text:?}"
        );
    }
}
