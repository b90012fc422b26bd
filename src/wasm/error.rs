//! Map errors: every failure leaves the module as a real JS `Error` whose
//! `name` is `CustomHostnamesError`, with a stable `code`, and `input` /
//! `data` properties when there is something to quote (workers-rs'
//! coded-error pattern). Never a bare string.

use crate::error_codes::ErrorCode;
use js_sys::Reflect;
use wasm_bindgen::JsValue;

use crate::diagnostic::Coded;

/// An error on its way out of the module.
pub(crate) struct BoundaryError {
    code: &'static str,
    message: String,
    input: Option<String>,
    data: Option<JsValue>,
}

impl BoundaryError {
    /// From any coded core error.
    pub(crate) fn from_coded<E: Coded + std::fmt::Display>(error: &E, input: Option<&str>) -> Self {
        Self {
            code: error.code(),
            message: error.to_string(),
            input: input.map(str::to_owned),
            data: None,
        }
    }

    /// An argument of the wrong type or shape.
    pub(crate) fn invalid_argument(name: &str, detail: &str) -> Self {
        Self {
            code: ErrorCode::InvalidArgument.as_str(),
            message: format!("argument `{name}`: {detail}"),
            input: None,
            data: None,
        }
    }

    /// A failure that is the library's fault (encoding a result).
    pub(crate) fn internal(message: String) -> Self {
        Self {
            code: ErrorCode::InternalError.as_str(),
            message,
            input: None,
            data: None,
        }
    }

    /// Attaches structured data (`error.data` in JS).
    #[allow(dead_code)] // used by boundary modules as they grow
    pub(crate) fn with_data(mut self, data: JsValue) -> Self {
        self.data = Some(data);
        self
    }
}

impl From<BoundaryError> for JsValue {
    fn from(e: BoundaryError) -> Self {
        let error = js_sys::Error::new(&e.message);
        error.set_name("CustomHostnamesError");
        let obj: &JsValue = error.as_ref();
        // Setting a property on a fresh Error object cannot fail.
        let _ = Reflect::set(obj, &"code".into(), &e.code.into());
        if let Some(input) = e.input {
            let _ = Reflect::set(obj, &"input".into(), &input.into());
        }
        if let Some(data) = e.data {
            let _ = Reflect::set(obj, &"data".into(), &data);
        }
        error.into()
    }
}
