//! Template quasis: the map between cooked offsets (the text GraphQL sees) and raw offsets
//! (the source), through escape sequences and CR LF line ends.

/// The breakpoints between cooked and raw offsets of a template quasi, or `None` when decoding
/// `raw` does not give `cooked` (then positions fall back to the quasi's start).
pub fn escape_map(raw: &str, cooked: &str) -> Option<Vec<(usize, usize)>> {
    let mut points = vec![(0, 0)];
    let mut decoded = String::with_capacity(cooked.len());
    let mut chars = raw.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        let before = decoded.len();
        match c {
            '\\' => {
                let (_, escape) = chars.next()?;
                match escape {
                    'n' => decoded.push('\n'),
                    't' => decoded.push('\t'),
                    'r' => decoded.push('\r'),
                    'b' => decoded.push('\u{8}'),
                    'f' => decoded.push('\u{c}'),
                    'v' => decoded.push('\u{b}'),
                    '0' => decoded.push('\0'),
                    '\r' => {
                        if chars.peek().is_some_and(|&(_, n)| n == '\n') {
                            chars.next();
                        }
                    }
                    '\n' | '\u{2028}' | '\u{2029}' => {}
                    'x' => decoded.push(char::from_u32(hex_digits(&mut chars, 2)?)?),
                    'u' => decoded.push(char::from_u32(unicode_escape(&mut chars)?)?),
                    other => decoded.push(other),
                }
                points.push((before, at));
                let next_raw = chars.peek().map_or(raw.len(), |&(i, _)| i);
                points.push((decoded.len(), next_raw));
            }
            '\r' => {
                // A raw CR LF is a LF in the cooked text.
                if chars.peek().is_some_and(|&(_, n)| n == '\n') {
                    chars.next();
                }
                decoded.push('\n');
                points.push((before, at));
                let next_raw = chars.peek().map_or(raw.len(), |&(i, _)| i);
                points.push((decoded.len(), next_raw));
            }
            other => decoded.push(other),
        }
    }
    points.dedup();
    (decoded == cooked).then_some(points)
}

/// The raw offset of cooked offset `inside`: inside a plain run both advance together; inside
/// an escape it is the escape's backslash.
pub fn through_escapes(points: &[(usize, usize)], inside: usize) -> usize {
    let at = points.partition_point(|&(cooked, _)| cooked <= inside);
    let Some(&(cooked, raw)) = at.checked_sub(1).and_then(|i| points.get(i)) else {
        return 0;
    };
    let plain = points
        .get(at)
        .is_none_or(|&(next_cooked, next_raw)| next_raw - raw == next_cooked - cooked);
    if plain {
        raw + (inside - cooked)
    } else {
        raw
    }
}

fn hex_digits(chars: &mut std::iter::Peekable<std::str::CharIndices<'_>>, n: usize) -> Option<u32> {
    let mut value = 0;
    for _ in 0..n {
        value = value * 16 + chars.next()?.1.to_digit(16)?;
    }
    Some(value)
}

fn unicode_escape(chars: &mut std::iter::Peekable<std::str::CharIndices<'_>>) -> Option<u32> {
    if chars.peek().is_some_and(|&(_, c)| c == '{') {
        chars.next();
        let mut value: u32 = 0;
        loop {
            let (_, c) = chars.next()?;
            if c == '}' {
                return Some(value);
            }
            value = value.checked_mul(16)?.checked_add(c.to_digit(16)?)?;
        }
    }
    hex_digits(chars, 4)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::FileId;
    use crate::document::synthetic::SyntheticSource;

    #[test]
    fn positions_map_through_escape_sequences() {
        // raw:    `{ \u0041 x\` nope }`   cooked: `{ A x` nope }`
        let raw = "{ \\u0041 x\\` nope }";
        let cooked = "{ A x` nope }";
        let mut source = SyntheticSource::new(FileId(0));
        source.push_quasi(cooked, raw, 100);
        let at = |needle: &str| source.origin(cooked.find(needle).unwrap_or(0)).offset;
        assert_eq!(at("nope"), 100 + raw.find("nope").map_or(0, |i| i as u32));
        assert_eq!(at("A"), 102, "inside an escape: its backslash");
        assert_eq!(at("x"), 100 + raw.find('x').map_or(0, |i| i as u32));
        assert_eq!(
            escape_map("a\\qb", "aXb"),
            None,
            "a decoding mismatch falls back"
        );
    }
}
