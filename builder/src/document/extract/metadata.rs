//! Options of the final element call: `metadata`.

use soda_analysis::unwrap_transparent;
use swc_core::common::Spanned;
use swc_core::ecma::ast::*;

use super::{Extractor, Res};

impl Extractor<'_> {
    pub(super) fn options_metadata(&self, call: &CallExpr) -> Res<Option<String>> {
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
                    let value = self.static_json(&kv.value).ok_or_else(|| {
                        self.unsupported(
                            kv.value.span(),
                            "a `metadata` value that is not a literal (metadata callbacks)",
                        )
                    })?;
                    metadata = Some(value.to_string());
                }
                other => {
                    return Err(self.unsupported(
                        other.span(),
                        "this option (only a static `metadata` is supported)",
                    ))
                }
            }
        }
        Ok(metadata)
    }

    pub(super) fn static_json(&self, expr: &Expr) -> Option<serde_json::Value> {
        use serde_json::Value as J;
        Some(match unwrap_transparent(expr) {
            Expr::Lit(Lit::Str(s)) => J::String(s.value.as_wtf8().to_string_lossy().into_owned()),
            Expr::Lit(Lit::Num(n)) if n.value.fract() == 0.0 && n.value.abs() < 9.0e15 => {
                J::Number((n.value as i64).into())
            }
            Expr::Lit(Lit::Num(n)) => serde_json::Number::from_f64(n.value).map(J::Number)?,
            Expr::Lit(Lit::Bool(b)) => J::Bool(b.value),
            Expr::Lit(Lit::Null(_)) => J::Null,
            Expr::Array(array) => J::Array(
                array
                    .elems
                    .iter()
                    .map(|e| match e {
                        Some(ExprOrSpread { spread: None, expr }) => self.static_json(expr),
                        _ => None,
                    })
                    .collect::<Option<_>>()?,
            ),
            Expr::Object(object) => {
                let mut map = serde_json::Map::new();
                for prop in &object.props {
                    let PropOrSpread::Prop(prop) = prop else {
                        return None;
                    };
                    let Prop::KeyValue(kv) = &**prop else {
                        return None;
                    };
                    let key = match &kv.key {
                        PropName::Ident(i) => i.sym.to_string(),
                        PropName::Str(s) => s.value.as_wtf8().to_string_lossy().into_owned(),
                        _ => return None,
                    };
                    map.insert(key, self.static_json(&kv.value)?);
                }
                J::Object(map)
            }
            _ => return None,
        })
    }
}
