//! `JSON.stringify` of a metadata value, byte for byte as JavaScript writes it: `undefined` and
//! functions dropped from objects and `null` in arrays, `NaN`/`Infinity` as `null`, ECMAScript
//! number formatting, and a `VarRef` as its `{"inner": ...}` field.

use std::fmt::Write;

use super::value::{number_to_string, Fault, Value, VarRef};

/// The JSON text of `value`, or `None` when JavaScript gives `undefined` (no JSON at all).
pub fn stringify(value: &Value) -> Result<Option<String>, Fault> {
    let mut out = String::new();
    Ok(write_value(value, &mut out)?.then_some(out))
}

/// Writes `value`; `false` when it has no JSON form (`undefined`, a function).
fn write_value(value: &Value, out: &mut String) -> Result<bool, Fault> {
    match value {
        Value::Undefined | Value::Function(_) => return Ok(false),
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) if n.is_finite() => out.push_str(&number_to_string(*n)),
        Value::Number(_) => out.push_str("null"),
        Value::String(s) => quote(s, out),
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                if !write_value(item, out)? {
                    out.push_str("null");
                }
            }
            out.push(']');
        }
        Value::Object(object) => {
            write_object(object.entries().iter().map(|(k, v)| (&**k, v)), out)?;
        }
        Value::VarRef(var_ref) => {
            out.push_str("{\"inner\":");
            match &**var_ref {
                VarRef::Variable(name) => {
                    out.push_str("{\"type\":\"variable\",\"name\":");
                    quote(name, out);
                    out.push('}');
                }
                VarRef::Nested(inner) => {
                    let fields = [("type", &Value::string("nested-value")), ("value", inner)];
                    write_object(fields.into_iter(), out)?;
                }
            }
            out.push('}');
        }
        // `$var` and `Math` have no enumerable own properties.
        Value::Namespace(_) => out.push_str("{}"),
        Value::Proxy(_) => {
            return Err(Fault::Unsupported(
                "serializing a `$var` selector proxy".into(),
            ))
        }
    }
    Ok(true)
}

fn write_object<'v>(
    entries: impl Iterator<Item = (&'v str, &'v Value)>,
    out: &mut String,
) -> Result<(), Fault> {
    out.push('{');
    let mut first = true;
    for (key, value) in entries {
        let mut item = String::new();
        if !write_value(value, &mut item)? {
            continue;
        }
        if !first {
            out.push(',');
        }
        first = false;
        quote(key, out);
        out.push(':');
        out.push_str(&item);
    }
    out.push('}');
    Ok(())
}

/// A JSON string as JavaScript quotes it (non-ASCII and U+2028 stay raw).
fn quote(text: &str, out: &mut String) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, reason = "tests")]

    use super::*;

    fn text(value: Value) -> String {
        stringify(&value).unwrap().unwrap()
    }

    #[test]
    fn numbers_are_formatted_as_javascript_does() {
        // Each expected text is node's `JSON.stringify` of the same number.
        let cases = [
            (1e21, "1e+21"),
            (1e20, "100000000000000000000"),
            (1e-7, "1e-7"),
            (0.000001, "0.000001"),
            (-0.0, "0"),
            (5e-324, "5e-324"),
            (f64::MAX, "1.7976931348623157e+308"),
            (123e-20, "1.23e-18"),
            (0.1 + 0.2, "0.30000000000000004"),
            (f64::NAN, "null"),
        ];
        for (n, want) in cases {
            assert_eq!(text(Value::Number(n)), want, "{n}");
        }
    }

    #[test]
    fn strings_are_quoted_as_javascript_does() {
        let s = "\"\\/\u{8}\u{c}\n\r\t\u{1}\u{1f}\u{7f}é\u{2028}😀";
        assert_eq!(
            text(Value::string(s)),
            "\"\\\"\\\\/\\b\\f\\n\\r\\t\\u0001\\u001f\u{7f}é\u{2028}😀\""
        );
    }

    #[test]
    fn undefined_is_dropped_from_objects_and_null_in_arrays() {
        let object = Value::object([
            ("a".into(), Value::Undefined),
            ("1".into(), Value::Bool(true)),
            (
                "b".into(),
                Value::array(vec![Value::Undefined, Value::Null]).unwrap(),
            ),
        ])
        .unwrap();
        assert_eq!(text(object), r#"{"1":true,"b":[null,null]}"#);
        assert_eq!(stringify(&Value::Undefined).unwrap(), None);
    }
}
