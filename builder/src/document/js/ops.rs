//! JavaScript's operators on [`Value`]s: equality (`===`, `==`), relational comparison,
//! arithmetic and the unary operators, with the language's coercions.

use super::syntax::{BinaryOp, UnaryOp};
use super::value::{to_js_string, to_number, Fault, Value};

/// `a === b`.
pub fn strict_equals(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Undefined, Value::Undefined) | (Value::Null, Value::Null) => true,
        (Value::Bool(x), Value::Bool(y)) => x == y,
        (Value::Number(x), Value::Number(y)) => x == y,
        (Value::String(x), Value::String(y)) => x == y,
        _ => a.same_object(b),
    }
}

/// `a == b` (the abstract equality algorithm, for the values the subset has).
pub fn loose_equals(a: &Value, b: &Value) -> Result<bool, Fault> {
    if std::mem::discriminant(a) == std::mem::discriminant(b) {
        return Ok(strict_equals(a, b));
    }
    Ok(match (a, b) {
        (x, y) if x.is_nullish() || y.is_nullish() => x.is_nullish() && y.is_nullish(),
        (Value::Number(x), Value::String(_)) => *x == to_number(b)?,
        (Value::String(_), Value::Number(y)) => to_number(a)? == *y,
        (Value::Bool(_), _) => loose_equals(&Value::Number(to_number(a)?), b)?,
        (_, Value::Bool(_)) => loose_equals(a, &Value::Number(to_number(b)?))?,
        (x, y) if !x.is_primitive() && y.is_primitive() => loose_equals(&to_primitive(x)?, y)?,
        (x, y) if x.is_primitive() && !y.is_primitive() => loose_equals(x, &to_primitive(y)?)?,
        _ => a.same_object(b),
    })
}

/// JavaScript's `ToPrimitive` (objects become their string form).
fn to_primitive(value: &Value) -> Result<Value, Fault> {
    if value.is_primitive() {
        Ok(value.clone())
    } else {
        Ok(Value::string(to_js_string(value)?))
    }
}

/// `x < y`: `None` when a `NaN` makes the comparison undefined.
fn less_than(x: &Value, y: &Value) -> Result<Option<bool>, Fault> {
    let (px, py) = (to_primitive(x)?, to_primitive(y)?);
    if let (Value::String(a), Value::String(b)) = (&px, &py) {
        // Strings compare by UTF-16 code units.
        return Ok(Some(a.encode_utf16().lt(b.encode_utf16())));
    }
    let (a, b) = (to_number(&px)?, to_number(&py)?);
    Ok((!a.is_nan() && !b.is_nan()).then_some(a < b))
}

/// `a op b` for the binary operators other than `in`.
pub fn binary(op: BinaryOp, a: &Value, b: &Value) -> Result<Value, Fault> {
    use BinaryOp::*;
    Ok(match op {
        StrictEq => Value::Bool(strict_equals(a, b)),
        StrictNotEq => Value::Bool(!strict_equals(a, b)),
        LooseEq => Value::Bool(loose_equals(a, b)?),
        LooseNotEq => Value::Bool(!loose_equals(a, b)?),
        Lt => Value::Bool(less_than(a, b)? == Some(true)),
        Gt => Value::Bool(less_than(b, a)? == Some(true)),
        LtEq => Value::Bool(less_than(b, a)? == Some(false)),
        GtEq => Value::Bool(less_than(a, b)? == Some(false)),
        Add => add(a, b)?,
        Sub => Value::Number(to_number(a)? - to_number(b)?),
        Mul => Value::Number(to_number(a)? * to_number(b)?),
        Div => Value::Number(to_number(a)? / to_number(b)?),
        // Rust's `%` on f64 is JavaScript's remainder (the sign of the dividend).
        Rem => Value::Number(to_number(a)? % to_number(b)?),
        Exp => Value::Number(power(to_number(a)?, to_number(b)?)),
        In => return Err(Fault::Unsupported("`in` here".into())),
    })
}

fn add(a: &Value, b: &Value) -> Result<Value, Fault> {
    let (pa, pb) = (to_primitive(a)?, to_primitive(b)?);
    if matches!(pa, Value::String(_)) || matches!(pb, Value::String(_)) {
        let mut text = to_js_string(&pa)?;
        text.push_str(&to_js_string(&pb)?);
        return Ok(Value::string(text));
    }
    Ok(Value::Number(to_number(&pa)? + to_number(&pb)?))
}

/// `base ** exponent` (JavaScript gives `NaN` where IEEE `pow` gives 1).
fn power(base: f64, exponent: f64) -> f64 {
    if exponent.is_nan() || (base.abs() == 1.0 && exponent.is_infinite()) {
        f64::NAN
    } else {
        base.powf(exponent)
    }
}

/// `op value`.
pub fn unary(op: UnaryOp, value: &Value) -> Result<Value, Fault> {
    Ok(match op {
        UnaryOp::Not => Value::Bool(!value.truthy()),
        UnaryOp::Minus => Value::Number(-to_number(value)?),
        UnaryOp::Plus => Value::Number(to_number(value)?),
        UnaryOp::TypeOf => Value::string(value.type_of()),
        UnaryOp::Void => Value::Undefined,
    })
}
