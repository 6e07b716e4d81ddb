//! The dependency graph of a session, kept with its inverse edges so dependents are found
//! without a scan:
//! - definition → file: compiling the definition read the file (what invalidation follows);
//! - definition → definition: the operation or fragment inlines that fragment;
//! - file → file: the module imports or re-exports from that module.

use std::collections::{BTreeSet, HashMap};

use petgraph::stable_graph::{NodeIndex, StableDiGraph};
use petgraph::Direction;

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Node {
    /// A source file, by path relative to the config dir.
    File(String),
    /// A definition, by canonical id.
    Definition(String),
}

/// Definition → file dependency edges with inverse lookup.
#[derive(Debug, Default)]
pub struct DependencyGraph {
    graph: StableDiGraph<Node, ()>,
    index: HashMap<Node, NodeIndex>,
}

impl DependencyGraph {
    fn node(&mut self, node: Node) -> NodeIndex {
        if let Some(&index) = self.index.get(&node) {
            return index;
        }
        let index = self.graph.add_node(node.clone());
        self.index.insert(node, index);
        index
    }

    fn replace_edges(&mut self, from: Node, to: Vec<Node>) {
        let from = self.node(from);
        let old: Vec<_> = self
            .graph
            .edges_directed(from, Direction::Outgoing)
            .map(|e| petgraph::visit::EdgeRef::id(&e))
            .collect();
        for edge in old {
            self.graph.remove_edge(edge);
        }
        for target in to {
            let target = self.node(target);
            self.graph.add_edge(from, target, ());
        }
    }

    /// Replaces what definition `id` depends on: the files it read and the fragments it inlines.
    pub fn set_dependencies(
        &mut self,
        id: &str,
        files: &BTreeSet<String>,
        fragments: &BTreeSet<String>,
    ) {
        let targets = files
            .iter()
            .map(|f| Node::File(f.clone()))
            .chain(fragments.iter().map(|d| Node::Definition(d.clone())))
            .collect();
        self.replace_edges(Node::Definition(id.to_owned()), targets);
    }

    /// Replaces the modules `file` imports from.
    pub fn set_imports(&mut self, file: &str, imports: &BTreeSet<String>) {
        if imports.is_empty() && !self.index.contains_key(&Node::File(file.to_owned())) {
            return; // most files import nothing the project holds: no node for them
        }
        let targets = imports.iter().map(|f| Node::File(f.clone())).collect();
        self.replace_edges(Node::File(file.to_owned()), targets);
    }

    /// Forgets a file that no longer exists (with its import edges).
    pub fn remove_file(&mut self, file: &str) {
        if let Some(index) = self.index.remove(&Node::File(file.to_owned())) {
            self.graph.remove_node(index);
        }
    }

    fn incoming<'a>(&'a self, node: Node) -> impl Iterator<Item = &'a Node> + 'a {
        self.index
            .get(&node)
            .into_iter()
            .flat_map(move |&index| self.graph.neighbors_directed(index, Direction::Incoming))
            .map(move |n| &self.graph[n])
    }

    /// Canonical ids of the definitions that inline fragment `id`.
    pub fn inliners<'a>(&'a self, id: &str) -> impl Iterator<Item = &'a str> + 'a {
        self.incoming(Node::Definition(id.to_owned()))
            .filter_map(|n| match n {
                Node::Definition(id) => Some(id.as_str()),
                Node::File(_) => None,
            })
    }

    /// Files that import `file`.
    pub fn importers<'a>(&'a self, file: &str) -> impl Iterator<Item = &'a str> + 'a {
        self.incoming(Node::File(file.to_owned()))
            .filter_map(|n| match n {
                Node::File(path) => Some(path.as_str()),
                Node::Definition(_) => None,
            })
    }

    /// Forgets a definition that no longer exists.
    pub fn remove_definition(&mut self, id: &str) {
        if let Some(index) = self.index.remove(&Node::Definition(id.to_owned())) {
            self.graph.remove_node(index);
        }
    }

    /// Canonical ids of the definitions that depend on `file`.
    pub fn dependents<'a>(&'a self, file: &str) -> impl Iterator<Item = &'a str> + 'a {
        self.incoming(Node::File(file.to_owned()))
            .filter_map(|n| match n {
                Node::Definition(id) => Some(id.as_str()),
                Node::File(_) => None,
            })
    }

    /// Number of edges.
    pub fn edge_count(&self) -> usize {
        self.graph.edge_count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dependents_follow_replaced_and_removed_edges() {
        let mut graph = DependencyGraph::default();
        let files = |list: &[&str]| list.iter().map(|s| s.to_string()).collect::<BTreeSet<_>>();
        graph.set_dependencies(
            "b.ts::op",
            &files(&["b.ts", "a.ts"]),
            &files(&["a.ts::frag"]),
        );
        graph.set_dependencies("c.ts::op", &files(&["c.ts"]), &files(&[]));
        graph.set_imports("b.ts", &files(&["a.ts"]));
        assert_eq!(graph.dependents("a.ts").collect::<Vec<_>>(), ["b.ts::op"]);
        assert_eq!(
            graph.inliners("a.ts::frag").collect::<Vec<_>>(),
            ["b.ts::op"]
        );
        assert_eq!(graph.importers("a.ts").collect::<Vec<_>>(), ["b.ts"]);
        graph.set_dependencies("b.ts::op", &files(&["b.ts"]), &files(&[]));
        assert_eq!(graph.dependents("a.ts").count(), 0);
        assert_eq!(graph.inliners("a.ts::frag").count(), 0);
        graph.remove_definition("c.ts::op");
        assert_eq!(graph.dependents("c.ts").count(), 0);
        graph.remove_file("a.ts");
        assert_eq!(graph.importers("a.ts").count(), 0);
        assert_eq!(graph.edge_count(), 1);
    }
}
