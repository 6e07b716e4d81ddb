//! The project: which files are sources, and how their imports resolve.

pub mod discover;
pub mod module_info;
pub mod resolve;
