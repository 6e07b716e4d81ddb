//! soda-gql's `$var` helpers (`getName`, `getValue`, `getNameAt`, `getValueAt`, `getPath`,
//! `hasVarRefInside`) and the selector proxies `getNameAt`/`getValueAt`/`getPath` navigate, with
//! upstream's error messages.

use std::rc::Rc;

use super::builtins::get_property;
use super::value::{Fault, Value, VarRef};

/// The six helpers of `$var`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VarTool {
    GetName,
    GetValue,
    GetNameAt,
    GetValueAt,
    GetPath,
    HasVarRefInside,
}

impl VarTool {
    /// The helper called `name`.
    pub fn named(name: &str) -> Option<VarTool> {
        Some(match name {
            "getName" => VarTool::GetName,
            "getValue" => VarTool::GetValue,
            "getNameAt" => VarTool::GetNameAt,
            "getValueAt" => VarTool::GetValueAt,
            "getPath" => VarTool::GetPath,
            "hasVarRefInside" => VarTool::HasVarRefInside,
            _ => return None,
        })
    }

    /// Whether the helper takes a selector (`p => p.a.b`) as its second argument.
    pub fn takes_selector(self) -> bool {
        matches!(
            self,
            VarTool::GetNameAt | VarTool::GetValueAt | VarTool::GetPath
        )
    }

    fn name(self) -> &'static str {
        match self {
            VarTool::GetName => "getName",
            VarTool::GetValue => "getValue",
            VarTool::GetNameAt => "getNameAt",
            VarTool::GetValueAt => "getValueAt",
            VarTool::GetPath => "getPath",
            VarTool::HasVarRefInside => "hasVarRefInside",
        }
    }
}

/// What a proxy stands for (`ProxyInner.varInner` upstream).
#[derive(Debug, Clone)]
enum Target {
    Variable(String),
    Nested(Value),
    /// Inside variable `name`, reached after `reached_at` segments.
    Virtual {
        name: String,
        reached_at: usize,
    },
}

/// A selector proxy: a target and the path navigated to it.
#[derive(Debug, Clone)]
pub struct Proxy {
    target: Target,
    segments: Vec<Rc<str>>,
}

impl Proxy {
    /// How deeply the value the proxy holds nests.
    pub fn depth(&self) -> u32 {
        match &self.target {
            Target::Nested(value) => value.depth(),
            _ => 0,
        }
    }

    fn path(&self) -> String {
        self.segments.join(".")
    }
}

fn var_ref(tool: VarTool, value: &Value) -> Result<&VarRef, Fault> {
    match value {
        Value::VarRef(inner) => Ok(inner),
        other => Err(Fault::Thrown(format!(
            "$var.{} expects a VarRef (an entry of `$`), got {}",
            tool.name(),
            other.type_of()
        ))),
    }
}

fn target_of(var_ref: &VarRef) -> Target {
    match var_ref {
        VarRef::Variable(name) => Target::Variable(name.clone()),
        VarRef::Nested(value) => Target::Nested(value.clone()),
    }
}

/// `getName`, `getValue` and `hasVarRefInside`: the helpers without a selector.
pub fn call_plain(tool: VarTool, arg: &Value) -> Result<Value, Fault> {
    match tool {
        VarTool::HasVarRefInside => Ok(Value::Bool(has_var_ref_inside(arg))),
        VarTool::GetName => match var_ref(tool, arg)? {
            VarRef::Variable(name) => Ok(Value::string(name.as_str())),
            VarRef::Nested(_) => Err(Fault::Thrown(
                "Expected variable reference, got nested-value".into(),
            )),
        },
        VarTool::GetValue => match var_ref(tool, arg)? {
            VarRef::Variable(_) => Err(Fault::Thrown(
                "Expected nested-value, got variable reference".into(),
            )),
            VarRef::Nested(value) if has_var_ref_inside(value) => Err(Fault::Thrown(
                "Cannot get const value: nested-value contains VarRef".into(),
            )),
            VarRef::Nested(value) => Ok(value.clone()),
        },
        _ => Err(Fault::Thrown(format!(
            "$var.{} needs a selector",
            tool.name()
        ))),
    }
}

/// The proxy a selector of `tool` receives for `arg`.
pub fn root_proxy(tool: VarTool, arg: &Value) -> Result<Value, Fault> {
    Ok(Value::Proxy(Rc::new(Proxy {
        target: target_of(var_ref(tool, arg)?),
        segments: Vec::new(),
    })))
}

/// `proxy[key]`: one step down the path.
pub fn proxy_get(proxy: &Proxy, key: &Rc<str>) -> Result<Value, Fault> {
    let mut segments = proxy.segments.clone();
    segments.push(key.clone());
    let target = match &proxy.target {
        Target::Virtual { name, reached_at } => Target::Virtual {
            name: name.clone(),
            reached_at: *reached_at,
        },
        Target::Variable(name) => Target::Virtual {
            name: name.clone(),
            reached_at: proxy.segments.len(),
        },
        Target::Nested(value) if value.type_of() == "object" && !value.is_nullish() => {
            match get_property(value, key)? {
                Value::VarRef(inner) => target_of(&inner),
                child => Target::Nested(child),
            }
        }
        Target::Nested(_) => {
            return Err(Fault::Thrown(format!(
                "Cannot access children of primitive value at path [{}]",
                proxy.path()
            )))
        }
    };
    Ok(Value::Proxy(Rc::new(Proxy { target, segments })))
}

/// What `tool` returns for the value its selector returned.
pub fn finish(tool: VarTool, selected: &Value) -> Result<Value, Fault> {
    let Value::Proxy(proxy) = selected else {
        return Err(Fault::Thrown(
            "$var selector must return the proxy itself or a field navigated from it \
             (e.g. (p) => p or (p) => p.user.id); it returned a value that is not a selector proxy"
                .into(),
        ));
    };
    let path = proxy.path();
    match (tool, &proxy.target) {
        (VarTool::GetPath, Target::Virtual { name, reached_at }) => {
            let mut out = vec![Value::string(format!("${name}"))];
            out.extend(
                proxy.segments[(*reached_at).min(proxy.segments.len())..]
                    .iter()
                    .map(|s| Value::String(s.clone())),
            );
            Value::array(out)
        }
        (VarTool::GetPath, Target::Variable(name)) => {
            Value::array(vec![Value::string(format!("${name}"))])
        }
        (VarTool::GetPath, Target::Nested(_)) => Err(Fault::Thrown(format!(
            "Value at path [{path}] is not a variable or inside a variable"
        ))),
        (_, Target::Virtual { .. }) => Err(Fault::Thrown(format!(
            "Value at path [{path}] is inside a variable"
        ))),
        (VarTool::GetNameAt, Target::Variable(name)) => Ok(Value::string(name.as_str())),
        (VarTool::GetNameAt, Target::Nested(_)) => Err(Fault::Thrown(format!(
            "Value at path [{path}] is not a variable"
        ))),
        (_, Target::Variable(_)) => Err(Fault::Thrown(format!(
            "Value at path [{path}] is not a nested-value"
        ))),
        (_, Target::Nested(value)) if has_var_ref_inside(value) => Err(Fault::Thrown(format!(
            "Value at path [{path}] contains nested VarRef"
        ))),
        (_, Target::Nested(value)) => Ok(value.clone()),
    }
}

/// Whether `value` is a VarRef or holds one (arrays and objects are walked; depth is bounded).
pub fn has_var_ref_inside(value: &Value) -> bool {
    match value {
        Value::VarRef(_) => true,
        Value::Array(items) => items.iter().any(has_var_ref_inside),
        Value::Object(object) => object.entries().iter().any(|(_, v)| has_var_ref_inside(v)),
        _ => false,
    }
}
