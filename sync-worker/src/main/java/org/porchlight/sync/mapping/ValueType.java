package org.porchlight.sync.mapping;

/** The Java type that a listing column stores. */
enum ValueType {

	TEXT,

	INTEGER,

	DECIMAL,

	DATE,

	TIMESTAMP,

	BOOLEAN

}
