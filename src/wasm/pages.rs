//! `listAll`'s async iterator: a plain JS object with `next()` and
//! `[Symbol.asyncIterator]`, fetching one page at a time and yielding its
//! custom hostnames one by one.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

use js_sys::{Object, Promise, Reflect, Symbol};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::future_to_promise;

use super::client::Filters;
use super::convert;
use super::fetch::FetchTransport;
use crate::api::{CustomHostname, OperationResult};
use crate::client::Client;

struct State {
    client: Rc<Client<FetchTransport>>,
    filters: Filters,
    next_page: u64,
    buffered: VecDeque<CustomHostname>,
    done: bool,
}

fn step(value: JsValue, done: bool) -> JsValue {
    let o = Object::new();
    let _ = Reflect::set(&o, &"value".into(), &value);
    let _ = Reflect::set(&o, &"done".into(), &done.into());
    o.into()
}

async fn next(state: Rc<RefCell<State>>) -> Result<JsValue, JsValue> {
    loop {
        let (client, filters, page) = {
            let mut s = state.borrow_mut();
            if let Some(h) = s.buffered.pop_front() {
                return Ok(step(convert::to_js(&h)?, false));
            }
            if s.done {
                return Ok(step(JsValue::UNDEFINED, true));
            }
            s.next_page += 1;
            (Rc::clone(&s.client), s.filters.clone(), s.next_page)
        };
        let outcome = client.list_page(&filters, page).await.map_err(|e| {
            state.borrow_mut().done = true;
            JsValue::from(super::error::BoundaryError::from_coded(&e, None))
        })?;
        let mut s = state.borrow_mut();
        if let OperationResult::CustomHostnames {
            custom_hostnames,
            result_info,
            ..
        } = outcome.result
        {
            let last = match &result_info {
                Some(info) => {
                    info.total_pages.is_none_or(|t| page >= t) || custom_hostnames.is_empty()
                }
                None => true,
            };
            s.done = last;
            s.buffered.extend(custom_hostnames);
        } else {
            s.done = true;
        }
    }
}

/// The iterator object.
pub(crate) fn iterator(client: Rc<Client<FetchTransport>>, filters: Filters) -> JsValue {
    let start = filters.page.unwrap_or(1).saturating_sub(1);
    let state = Rc::new(RefCell::new(State {
        client,
        filters,
        next_page: start,
        buffered: VecDeque::new(),
        done: false,
    }));
    let next_fn =
        Closure::<dyn FnMut() -> Promise>::new(move || future_to_promise(next(Rc::clone(&state))));
    let it = Object::new();
    let _ = Reflect::set(&it, &"next".into(), &next_fn.into_js_value());
    let this_fn = js_sys::Function::new_no_args("return this");
    let _ = Reflect::set(&it, &Symbol::async_iterator(), &this_fn);
    it.into()
}
