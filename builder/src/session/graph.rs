//! The dependency graph of a session: definition → file edges ("compiling this definition read
//! that file"), kept with their inverse so the definitions a file change affects are found
//! without scanning every definition.

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

    /// Replaces the files definition `id` depends on.
    pub fn set_dependencies(&mut self, id: &str, files: &BTreeSet<String>) {
        let definition = self.node(Node::Definition(id.to_owned()));
        let old: Vec<_> = self
            .graph
            .edges_directed(definition, Direction::Outgoing)
            .map(|e| petgraph::visit::EdgeRef::id(&e))
            .collect();
        for edge in old {
            self.graph.remove_edge(edge);
        }
        for file in files {
            let file = self.node(Node::File(file.clone()));
            self.graph.add_edge(definition, file, ());
        }
    }

    /// Forgets a definition that no longer exists.
    pub fn remove_definition(&mut self, id: &str) {
        if let Some(index) = self.index.remove(&Node::Definition(id.to_owned())) {
            self.graph.remove_node(index);
        }
    }

    /// Canonical ids of the definitions that depend on `file`.
    pub fn dependents<'a>(&'a self, file: &str) -> impl Iterator<Item = &'a str> + 'a {
        self.index
            .get(&Node::File(file.to_owned()))
            .into_iter()
            .flat_map(move |&index| self.graph.neighbors_directed(index, Direction::Incoming))
            .filter_map(move |n| match &self.graph[n] {
                Node::Definition(id) => Some(id.as_str()),
                Node::File(_) => None,
            })
    }

    /// Number of definition → file edges.
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
        graph.set_dependencies("b.ts::op", &files(&["b.ts", "a.ts"]));
        graph.set_dependencies("c.ts::op", &files(&["c.ts"]));
        assert_eq!(graph.dependents("a.ts").collect::<Vec<_>>(), ["b.ts::op"]);
        graph.set_dependencies("b.ts::op", &files(&["b.ts"]));
        assert_eq!(graph.dependents("a.ts").count(), 0);
        graph.remove_definition("c.ts::op");
        assert_eq!(graph.dependents("c.ts").count(), 0);
        assert_eq!(graph.edge_count(), 1);
    }
}
