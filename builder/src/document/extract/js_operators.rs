//! Operators in metadata: the unary and binary operators of the JavaScript subset.

use swc_core::ecma::ast as swc;

use super::super::js::syntax::*;
use super::js_lower::Lower;
use super::Res;

impl Lower<'_, '_> {
    pub(super) fn unary(&mut self, unary: &swc::UnaryExpr) -> Res<ExprKind> {
        let op = match unary.op {
            swc::UnaryOp::Bang => UnaryOp::Not,
            swc::UnaryOp::Minus => UnaryOp::Minus,
            swc::UnaryOp::Plus => UnaryOp::Plus,
            swc::UnaryOp::TypeOf => UnaryOp::TypeOf,
            swc::UnaryOp::Void => UnaryOp::Void,
            other => {
                return Err(
                    self.unsupported(unary.span, format!("the `{}` operator", other.as_str()))
                )
            }
        };
        Ok(ExprKind::Unary {
            op,
            arg: self.boxed(&unary.arg)?,
        })
    }

    pub(super) fn binary(&mut self, bin: &swc::BinExpr) -> Res<ExprKind> {
        use swc::BinaryOp as B;
        let logical = match bin.op {
            B::LogicalAnd => Some(LogicalOp::And),
            B::LogicalOr => Some(LogicalOp::Or),
            B::NullishCoalescing => Some(LogicalOp::Nullish),
            _ => None,
        };
        let (left, right) = (self.boxed(&bin.left)?, self.boxed(&bin.right)?);
        if let Some(op) = logical {
            return Ok(ExprKind::Logical { op, left, right });
        }
        let op = match bin.op {
            B::EqEqEq => BinaryOp::StrictEq,
            B::NotEqEq => BinaryOp::StrictNotEq,
            B::EqEq => BinaryOp::LooseEq,
            B::NotEq => BinaryOp::LooseNotEq,
            B::Lt => BinaryOp::Lt,
            B::Gt => BinaryOp::Gt,
            B::LtEq => BinaryOp::LtEq,
            B::GtEq => BinaryOp::GtEq,
            B::Add => BinaryOp::Add,
            B::Sub => BinaryOp::Sub,
            B::Mul => BinaryOp::Mul,
            B::Div => BinaryOp::Div,
            B::Mod => BinaryOp::Rem,
            B::Exp => BinaryOp::Exp,
            B::In => BinaryOp::In,
            other => {
                return Err(self.unsupported(bin.span, format!("the `{}` operator", other.as_str())))
            }
        };
        Ok(ExprKind::Binary { op, left, right })
    }
}
