//! DNS instructions: provider table, golden outputs, real zone-file
//! parsers (kzonecheck, Hickory), the HTML fragment under an HTML5 parser,
//! and the request errors.

mod cases;
mod errors;
mod golden;
mod html;
mod providers;
mod switch;
mod zonefile;
