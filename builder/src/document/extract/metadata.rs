//! Options of the final element call: `metadata` (a value or a callback, lowered into the
//! JavaScript subset and evaluated when the operation is compiled).

use soda_analysis::unwrap_transparent;
use swc_core::common::Spanned;
use swc_core::ecma::ast::*;

use super::super::js::Metadata;
use super::{Extractor, Res};

impl Extractor<'_> {
    /// The `metadata` of `call`'s options object (`None` when absent or `undefined`).
    pub(super) fn options_metadata(&self, call: &CallExpr) -> Res<Option<Metadata>> {
        let Some(options) = call.args.first() else {
            return Ok(None);
        };
        let Expr::Object(object) = unwrap_transparent(&options.expr) else {
            return Err(self.unsupported(
                options.expr.span(),
                "options that are not an object literal",
            ));
        };
        let mut metadata = None;
        for prop in &object.props {
            let PropOrSpread::Prop(prop) = prop else {
                return Err(self.unsupported(prop.span(), "a spread in the options"));
            };
            match &**prop {
                Prop::KeyValue(kv) if matches!(&kv.key, PropName::Ident(k) if &*k.sym == "metadata") =>
                {
                    metadata = match unwrap_transparent(&kv.value) {
                        Expr::Ident(i) if &*i.sym == "undefined" => None,
                        value => Some(self.lower_metadata(value)?),
                    };
                }
                Prop::KeyValue(KeyValueProp {
                    key: PropName::Ident(key),
                    ..
                }) => {
                    return Err(self.unsupported(
                        prop.span(),
                        format!("the `{}` option (only `metadata` is supported)", key.sym),
                    ))
                }
                other => {
                    return Err(self
                        .unsupported(other.span(), "this option (only `metadata` is supported)"))
                }
            }
        }
        Ok(metadata)
    }
}
