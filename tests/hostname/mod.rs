//! Hostname model: the data-driven case table plus generated limit cases.

mod cases;
mod dns_name;
mod limits;
mod psl_vectors;
